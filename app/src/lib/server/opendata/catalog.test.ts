import { describe, expect, it } from 'vitest';
import { catalogQuads, toJsonLd, toTurtle } from './rdf';
import type { Catalog, Dataset } from './catalog';
import { parseJsonLd, parseTurtle, validateDcatAp } from './shacl';

/** Recommended properties the catalogue leaves out, on purpose: a dataset's time span
 * (dct:temporal: the lists grow continuously) and Kraków's geometry (dcat:bbox, dcat:centroid:
 * the place is named by the EU's authority table instead). */
const ACCEPTED_WARNINGS = ['http://purl.org/dc/terms/temporal', 'http://www.w3.org/ns/dcat#bbox', 'http://www.w3.org/ns/dcat#centroid'];

const text = (s: string) => ({ pl: `${s} (pl)`, en: `${s} (en)`, uk: `${s} (uk)` });
const origin = 'https://decydujemy.krakow.pl';

/** A small catalogue of the platform's shape: a list dataset and an edition with a Pabulib file. */
function sample(): Catalog {
	const ds = (id: string, files: [string, string, 'CSV' | 'JSON' | 'TXT' | 'ICS'][]): Dataset => ({
		id: `${origin}/api/v1/catalog#${id}`,
		identifier: id,
		title: text(id),
		kind: text(id),
		description: text(`${id} description`),
		keywords: { pl: ['budżet obywatelski'] },
		themes: ['GOVE'],
		frequency: 'CONT',
		landingPage: `${origin}/budgets`,
		distributions: files.map(([path, mediaType, format]) => ({ id: `${origin}/api/v1/catalog#${id}/${path}`, title: text(path), part: text(path), label: format, url: `${origin}${path}`, mediaType, format }))
	});
	return {
		id: `${origin}/api/v1/catalog`,
		title: text('Katalog'),
		description: text('Opis'),
		homepage: `${origin}/open-data`,
		publisher: { id: `${origin}/#publisher`, name: text('Gmina Miejska Kraków') },
		contact: { id: `${origin}/#contact`, name: 'Gmina Miejska Kraków', email: 'dostepnosc@um.krakow.pl' },
		issued: new Date('2026-11-01T10:00:00Z'),
		modified: new Date('2026-12-08T10:00:00Z'),
		datasets: [
			ds('budgets', [['/api/v1/budgets', 'application/json', 'JSON'], ['/api/v1/budgets.csv', 'text/csv', 'CSV']]),
			ds('budget-2025', [['/api/v1/budgets/x/pools/y/export.pb', 'text/plain', 'TXT'], ['/api/v1/meetings.ics', 'text/calendar', 'ICS']])
		]
	};
}

describe('the open-data catalogue as DCAT-AP', () => {
	it('conforms to the DCAT-AP 2.1.1 shapes (mandatory, ranges and recommended), as JSON-LD and as Turtle', async () => {
		const quads = catalogQuads(sample());
		const fromJsonLd = await parseJsonLd(toJsonLd(quads));
		const fromTurtle = parseTurtle(await toTurtle(quads));
		expect(fromJsonLd.length).toBe(quads.length);
		expect(fromTurtle.length).toBe(quads.length);
		for (const quadsRead of [fromJsonLd, fromTurtle]) {
			const findings = await validateDcatAp(quadsRead);
			expect(findings.filter((f) => f.severity !== 'Warning')).toEqual([]);
			expect([...new Set(findings.map((f) => f.path))].sort(), JSON.stringify(findings.filter((f) => !ACCEPTED_WARNINGS.includes(f.path)))).toEqual(ACCEPTED_WARNINGS);
		}
	});

	it('keeps each language of a title as its own tagged literal', async () => {
		const quads = await parseJsonLd(toJsonLd(catalogQuads(sample())));
		const titles = quads.filter((q) => q.subject.value === `${origin}/api/v1/catalog` && q.predicate.value === 'http://purl.org/dc/terms/title');
		expect(titles.map((q) => [q.object.value, (q.object as { language?: string }).language]).sort()).toEqual([
			['Katalog (en)', 'en'],
			['Katalog (pl)', 'pl'],
			['Katalog (uk)', 'uk']
		]);
	});

	it('the check can fail: a dataset without a description, or a distribution without an address, is reported', async () => {
		const c = sample();
		c.datasets[0].description = { pl: '', en: '', uk: '' };
		const quads = catalogQuads(c).filter((q) => q.predicate.value !== 'http://www.w3.org/ns/dcat#accessURL' || !q.subject.value.endsWith('/api/v1/budgets.csv'));
		const findings = await validateDcatAp(quads);
		expect(findings.some((f) => f.focus.endsWith('#budgets') && f.path === 'http://purl.org/dc/terms/description' && f.severity === 'Violation')).toBe(true);
		expect(findings.some((f) => f.focus.endsWith('/api/v1/budgets.csv') && f.path === 'http://www.w3.org/ns/dcat#accessURL' && f.severity === 'Violation')).toBe(true);
	});
});
