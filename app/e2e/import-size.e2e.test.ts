// Big files: `decydujemy serve` accepts bodies up to the Pabulib import's own limit (20 MB,
// BODY_SIZE_LIMIT unless set), so Kraków's own 2024 file (4.0 MB) imports through the page; a
// body over the limit gets the localized "file too large (limit 20 MB)" page, never "Internal error".
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { signedIn } from './support/http';

assertBuilt();

const errors = JSON.parse(readFileSync(fileURLToPath(new URL('../messages/errors/pl.json', import.meta.url)), 'utf8')) as Record<string, string>;
// The file the demo ships (the same bytes as Pabulib's Poland_Krakow_2024.pb).
const krakow2024 = gunzipSync(readFileSync(fileURLToPath(new URL('../src/lib/server/budgets/data/Poland_Krakow_2024.pb.gz', import.meta.url))));

describe('uploads up to the import limit', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		if (server) await server.stop();
	});

	it("imports Kraków's 4.0 MB 2024 file through the page's form", { timeout: 600_000 }, async () => {
		expect(krakow2024.length).toBeGreaterThan(4_000_000);
		const s = await signedIn(server.url, DEMO.official, DEMO_PASSWORD);
		const form = new FormData();
		form.set('importTitle', 'Budżet Obywatelski Krakowa 2024 (import testowy)');
		form.set('importYear', '2024');
		form.append('files', new Blob([krakow2024], { type: 'application/octet-stream' }), 'Poland_Krakow_2024.pb');
		const res = await s.get('/manage/budgets?/import', { method: 'POST', body: form, headers: { origin: server.url } });
		const body = await res.text();
		expect(res.status, body.slice(0, 500)).toBe(303);
		expect(res.headers.get('location')).toMatch(/^\/budgets\/[^/]+\/results$/);
		const results = await s.get(res.headers.get('location')!);
		expect(results.status).toBe(200);
		expect(await results.text()).toContain('Budżet Obywatelski Krakowa 2024 (import testowy)');
	});

	it('answers a 30 MB body with the localized 413 page naming the 20 MB limit', async () => {
		const s = await signedIn(server.url, DEMO.official, DEMO_PASSWORD);
		const form = new FormData();
		form.append('files', new Blob([new Uint8Array(30 * 1024 * 1024)], { type: 'application/octet-stream' }), 'za-duzy.pb');
		const res = await s.get('/manage/budgets?/import', { method: 'POST', body: form, headers: { origin: server.url } });
		expect(res.status).toBe(413);
		const body = await res.text();
		expect(body).toContain(errors.error_page_413_title);
		expect(body).toContain(errors.error_page_413_text.replace('{limit}', '20'));
		expect(body).not.toContain('Internal Error');
	});
});
