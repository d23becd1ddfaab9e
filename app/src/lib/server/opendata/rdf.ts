// The catalogue as RDF: one list of triples, written as JSON-LD (`application/ld+json`) and as
// Turtle (`text/turtle`), so the two can never disagree. DCAT-AP 2.1.1, the profile the Polish
// national portal dane.gov.pl harvests.
import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';
import type { Catalog } from './catalog';
import type { Locale } from '$lib/format';

const { namedNode, literal, quad } = DataFactory;

export const PREFIXES = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	dcatap: 'http://data.europa.eu/r5r/'
} as const;

const iri = (prefixed: string) => {
	const [p, local] = prefixed.split(':') as [keyof typeof PREFIXES, string];
	return namedNode(PREFIXES[p] + local);
};

/** EU vocabularies (publications.europa.eu authority tables) the catalogue uses. */
export const EU = {
	theme: (code: 'GOVE' | 'REGI' | 'ENVI' | 'SOCI' | 'ECON') => `http://publications.europa.eu/resource/authority/data-theme/${code}`,
	frequency: (code: 'CONT' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'ANNUAL' | 'IRREG') => `http://publications.europa.eu/resource/authority/frequency/${code}`,
	fileType: (code: 'CSV' | 'JSON' | 'PDF' | 'TXT' | 'ICS' | 'JSON_LD' | 'RDF_TURTLE') => `http://publications.europa.eu/resource/authority/file-type/${code}`,
	language: (code: 'POL' | 'ENG' | 'UKR') => `http://publications.europa.eu/resource/authority/language/${code}`,
	licence: (code: 'CC_BY_4_0') => `http://publications.europa.eu/resource/authority/licence/${code}`,
	place: 'http://publications.europa.eu/resource/authority/place/POL_KRK',
	themes: 'http://publications.europa.eu/resource/authority/data-theme',
	stable: 'http://publications.europa.eu/resource/authority/planned-availability/STABLE',
	localAuthority: 'http://purl.org/adms/publishertype/LocalAuthority',
	attribution: 'http://purl.org/adms/licencetype/Attribution',
	ianaMediaType: (type: string) => `http://www.iana.org/assignments/media-types/${type}`
};

const LANGUAGES: Locale[] = ['pl', 'en', 'uk'];

/** The labels of the EU concepts the catalogue names (the shapes want a label on every concept
 * the graph types): the authority tables' English labels. */
const CONCEPT_LABELS: Record<string, string> = {
	[EU.theme('GOVE')]: 'Government and public sector',
	[EU.theme('REGI')]: 'Regions and cities',
	[EU.theme('ENVI')]: 'Environment',
	[EU.theme('SOCI')]: 'Population and society',
	[EU.theme('ECON')]: 'Economy and finance',
	[EU.stable]: 'stable',
	[EU.localAuthority]: 'Local Authority',
	[EU.attribution]: 'Attribution'
};

/** The catalogue's triples. Every object a DCAT-AP range names is typed (the shapes check it). */
export function catalogQuads(c: Catalog): Quad[] {
	const out: Quad[] = [];
	// A graph is a set: shared things (the licence, the publisher) are said once.
	const seen = new Set<string>();
	const add = (s: string, p: string, o: Quad_Object) => {
		const q = quad(namedNode(s), iri(p), o);
		const key = `${s} ${q.predicate.value} ${o.termType} ${o.value} ${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
		if (!seen.has(key)) {
			seen.add(key);
			out.push(q);
		}
	};
	const type = (s: string, cls: string) => add(s, 'rdf:type', iri(cls));
	const texts = (s: string, p: string, t: Record<Locale, string>) => {
		for (const l of LANGUAGES) if (t[l]) add(s, p, literal(t[l], l));
	};
	const ref = (s: string, p: string, o: string, cls: string) => {
		add(s, p, namedNode(o));
		type(o, cls);
	};
	const date = (d: Date) => literal(d.toISOString().slice(0, 10), iri('xsd:date'));
	const concept = (s: string, p: string, o: string) => {
		ref(s, p, o, 'skos:Concept');
		add(o, 'skos:prefLabel', literal(CONCEPT_LABELS[o], 'en'));
	};

	type(c.id, 'dcat:Catalog');
	texts(c.id, 'dct:title', c.title);
	texts(c.id, 'dct:description', c.description);
	add(c.id, 'foaf:homepage', namedNode(c.homepage));
	type(c.homepage, 'foaf:Document');
	ref(c.id, 'dct:publisher', c.publisher.id, 'foaf:Agent');
	texts(c.publisher.id, 'foaf:name', c.publisher.name);
	ref(c.id, 'dct:license', EU.licence('CC_BY_4_0'), 'dct:LicenseDocument');
	concept(EU.licence('CC_BY_4_0'), 'dct:type', EU.attribution);
	ref(c.id, 'dct:spatial', EU.place, 'dct:Location');
	for (const l of ['POL', 'ENG', 'UKR'] as const) ref(c.id, 'dct:language', EU.language(l), 'dct:LinguisticSystem');
	ref(c.id, 'dcat:themeTaxonomy', EU.themes, 'skos:ConceptScheme');
	add(EU.themes, 'dct:title', literal('Data theme', 'en'));
	concept(c.publisher.id, 'dct:type', EU.localAuthority);
	add(c.id, 'dct:issued', date(c.issued));
	add(c.id, 'dct:modified', date(c.modified));

	for (const d of c.datasets) {
		add(c.id, 'dcat:dataset', namedNode(d.id));
		type(d.id, 'dcat:Dataset');
		texts(d.id, 'dct:title', d.title);
		texts(d.id, 'dct:description', d.description);
		add(d.id, 'dct:identifier', literal(d.identifier));
		ref(d.id, 'dct:publisher', c.publisher.id, 'foaf:Agent');
		ref(d.id, 'dcat:contactPoint', c.contact.id, 'vcard:Kind');
		for (const t of d.themes) concept(d.id, 'dcat:theme', EU.theme(t));
		for (const l of LANGUAGES) for (const k of d.keywords[l] ?? []) add(d.id, 'dcat:keyword', literal(k, l));
		ref(d.id, 'dct:accrualPeriodicity', EU.frequency(d.frequency), 'dct:Frequency');
		ref(d.id, 'dct:spatial', EU.place, 'dct:Location');
		add(d.id, 'dcat:landingPage', namedNode(d.landingPage));
		type(d.landingPage, 'foaf:Document');
		if (d.modified) add(d.id, 'dct:modified', date(d.modified));
		for (const x of d.distributions) {
			add(d.id, 'dcat:distribution', namedNode(x.id));
			type(x.id, 'dcat:Distribution');
			texts(x.id, 'dct:title', x.title);
			texts(x.id, 'dct:description', x.title);
			add(x.id, 'dcat:accessURL', namedNode(x.url));
			concept(x.id, 'dcatap:availability', EU.stable);
			add(x.id, 'dcat:downloadURL', namedNode(x.url));
			ref(x.id, 'dcat:mediaType', EU.ianaMediaType(x.mediaType), 'dct:MediaType');
			if (x.format) ref(x.id, 'dct:format', EU.fileType(x.format), 'dct:MediaTypeOrExtent');
			ref(x.id, 'dct:license', EU.licence('CC_BY_4_0'), 'dct:LicenseDocument');
		}
	}
	type(c.contact.id, 'vcard:Organization');
	type(c.contact.id, 'vcard:Kind');
	add(c.contact.id, 'vcard:fn', literal(c.contact.name));
	add(c.contact.id, 'vcard:hasEmail', namedNode(`mailto:${c.contact.email}`));
	return out;
}

/** Turtle, with the prefixes above. */
export function toTurtle(quads: Quad[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const w = new Writer({ prefixes: PREFIXES });
		w.addQuads(quads);
		w.end((err, result: string) => (err ? reject(err) : resolve(result)));
	});
}

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

/** JSON-LD: one node per subject, properties as compact IRIs of the context's prefixes. */
export function toJsonLd(quads: Quad[]): Record<string, unknown> {
	const compact = (full: string) => {
		for (const [p, ns] of Object.entries(PREFIXES)) if (full.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(full.slice(ns.length))) return `${p}:${full.slice(ns.length)}`;
		return full;
	};
	const nodes = new Map<string, Record<string, unknown>>();
	for (const q of quads) {
		const id = q.subject.value;
		let node = nodes.get(id);
		if (!node) nodes.set(id, (node = { '@id': id }));
		if (q.predicate.value === PREFIXES.rdf + 'type') {
			((node['@type'] ??= []) as string[]).push(compact(q.object.value));
			continue;
		}
		const key = compact(q.predicate.value);
		const o = q.object;
		const value: JsonLdValue =
			o.termType === 'Literal'
				? { '@value': o.value, ...(o.language ? { '@language': o.language } : o.datatype.value !== PREFIXES.xsd + 'string' ? { '@type': compact(o.datatype.value) } : {}) }
				: { '@id': o.value };
		((node[key] ??= []) as JsonLdValue[]).push(value);
	}
	return { '@context': { ...PREFIXES }, '@graph': [...nodes.values()] };
}
