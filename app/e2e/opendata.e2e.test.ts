// The open-data catalogue as a harvester and a resident meet it, on the seeded demo (Kraków's
// budgets 2018–2025 from Pabulib, consultations, panels): `/api/v1/catalog` (JSON-LD) and
// `/api/v1/catalog.ttl` conform to the DCAT-AP 2.1.1 shapes, list every endpoint of the OpenAPI
// document, and every file they list answers with its media type; `/open-data` in three
// languages, with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, visit, type Browser } from './support/browser';
import { createAxeChecker } from './support/axe';
import { assertBuilt, startServer, type TestServer } from './support/server';
import { parseJsonLd, parseTurtle, validateDcatAp } from '../src/lib/server/opendata/shacl';

assertBuilt();

/** Recommended DCAT-AP properties left out on purpose (see opendata/catalog.test.ts). */
const ACCEPTED_WARNINGS = ['http://purl.org/dc/terms/temporal', 'http://www.w3.org/ns/dcat#bbox', 'http://www.w3.org/ns/dcat#centroid'];
const DCAT = 'http://www.w3.org/ns/dcat#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A GET, sent again once if the server had closed the kept-alive connection just as it was
 * reused (undici: "other side closed"; the validation between requests takes seconds). */
async function get(url: string): Promise<Response> {
	try {
		return await fetch(url);
	} catch (e) {
		if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
		return fetch(url);
	}
}

describe.skipIf(!chromiumAvailable())('the open-data catalogue', () => {
	let server: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser({ baseURL: server.url });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('JSON-LD and Turtle conform to DCAT-AP 2.1.1 and say the same', async () => {
		const res = await get(`${server.url}/api/v1/catalog`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
		const fromJsonLd = await parseJsonLd((await res.json()) as object);
		const ttl = await get(`${server.url}/api/v1/catalog.ttl`);
		expect(ttl.headers.get('content-type')).toMatch(/^text\/turtle/);
		const fromTurtle = parseTurtle(await ttl.text());
		const key = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
		expect(new Set(fromTurtle.map(key))).toEqual(new Set(fromJsonLd.map(key)));
		const findings = await validateDcatAp(fromJsonLd);
		expect(findings.filter((f) => f.severity !== 'Warning')).toEqual([]);
		expect(findings.filter((f) => !ACCEPTED_WARNINGS.includes(f.path))).toEqual([]);
		const datasets = fromJsonLd.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`).length;
		console.log(`[catalog] ${fromJsonLd.length} triples, ${datasets} datasets, ${findings.length} warnings (${ACCEPTED_WARNINGS.length} kinds accepted)`);
	});

	it('lists every endpoint of the OpenAPI document, and every listed file answers with its media type', async () => {
		const quads = await parseJsonLd((await (await get(`${server.url}/api/v1/catalog`)).json()) as object);
		const downloads = new Map<string, string>();
		const mediaTypeOf = new Map(quads.filter((q) => q.predicate.value === `${DCAT}mediaType`).map((q) => [q.subject.value, q.object.value.replace('http://www.iana.org/assignments/media-types/', '')]));
		for (const q of quads.filter((q) => q.predicate.value === `${DCAT}downloadURL`)) downloads.set(new URL(q.object.value).pathname, mediaTypeOf.get(q.subject.value)!);
		const doc = (await (await get(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, { get?: unknown }> };
		// The catalogue describes the data; the API's own description and the catalogue itself are
		// not datasets.
		const notData = new Set(['/api/v1/openapi.json', '/api/v1/catalog', '/api/v1/catalog.ttl']);
		const missing = Object.entries(doc.paths)
			.filter(([path, item]) => item.get && !notData.has(path))
			.map(([path]) => path)
			.filter((path) => {
				const re = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
				if ([...downloads.keys()].some((p) => re.test(p))) return false;
				// One item of a catalogued list (`/api/v1/processes/{slug}` of `/api/v1/processes`) is
				// in the list's file already: the item's address is a way in, not another dataset.
				const item = /^(\/api\/v1\/[^{}]+)\/\{[^}]+\}$/.exec(path);
				return !(item && downloads.has(item[1]));
			});
		expect(missing).toEqual([]);
		expect([...downloads.keys()].some((p) => p.endsWith('.pb'))).toBe(true);
		const wrong: string[] = [];
		for (const [path, mediaType] of downloads) {
			const res = await get(`${server.url}${path}`);
			await res.arrayBuffer();
			const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
			if (res.status !== 200 || type !== mediaType) wrong.push(`${path}: ${res.status} ${type}, listed as ${mediaType}`);
		}
		console.log(`[catalog] ${downloads.size} files, all fetched`);
		expect(wrong).toEqual([]);
	});

	it('/open-data lists the datasets in three languages, user-written titles marked with their language, with axe', async () => {
		const axe = createAxeChecker(true);
		const page = browser.page;
		for (const [prefix, heading] of [['', 'Katalog otwartych danych'], ['/en', 'Open data catalogue'], ['/uk', 'Каталог відкритих даних']] as const) {
			await visit(page, `${prefix}/open-data`);
			expect(await page.locator('h1').textContent()).toBe(heading);
			expect(await page.locator('tbody tr').count()).toBeGreaterThan(10);
			await axe.check(page, `${prefix}/open-data`);
			const marked = await page.locator('main [lang="pl"]').count();
			if (prefix) expect(marked, prefix).toBeGreaterThan(0);
			else expect(marked).toBe(0);
		}
		// The catalogue is reached from the API page, not by typing its address.
		await visit(page, '/api');
		await page.getByRole('link', { name: 'Katalog otwartych danych' }).click();
		await page.waitForURL(/\/open-data$/);
		await axe.close();
	});
});
