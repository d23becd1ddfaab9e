// Validation of RDF against the DCAT-AP 2.1.1 shapes (SEMIC's SHACL files in ./dcat-ap): for
// the tests of the catalogue, here and end to end. Not used by the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';
import { Parser, type Quad } from 'n3';
import jsonld from 'jsonld';

const SHAPE_FILES = ['dcat-ap_2.1.1_shacl_shapes.ttl', 'dcat-ap_2.1.1_shacl_range.ttl', 'dcat-ap_2.1.1_shacl_shapes_recommended.ttl'];

function shapes() {
	const dataset = rdf.dataset();
	for (const f of SHAPE_FILES) for (const q of new Parser().parse(readFileSync(join(import.meta.dirname, 'dcat-ap', f), 'utf8'))) dataset.add(q);
	return dataset;
}

export interface ShaclFinding {
	severity: string;
	focus: string;
	path: string;
	message: string;
}

/** Every finding of the shapes on the data (violations and the recommended shapes' warnings). */
export async function validateDcatAp(quads: Quad[]): Promise<ShaclFinding[]> {
	const data = rdf.dataset();
	for (const q of quads) data.add(q);
	const report = await new SHACLValidator(shapes(), { factory: rdf }).validate(data);
	return report.results.map((r) => ({
		severity: r.severity?.value.split('#').pop() ?? '',
		focus: r.focusNode?.value ?? '',
		path: r.path?.value ?? '',
		message: r.message.map((x) => x.value).join(' ')
	}));
}

export const parseTurtle = (text: string): Quad[] => new Parser().parse(text);

/** JSON-LD read by a JSON-LD processor (not by our own code), as N-Quads, then as quads. */
export async function parseJsonLd(doc: object): Promise<Quad[]> {
	const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
	return new Parser({ format: 'N-Quads' }).parse(nquads);
}
