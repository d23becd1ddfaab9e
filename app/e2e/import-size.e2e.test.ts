// Big files: `decydujemy serve` accepts bodies up to the Pabulib import's own limit (20 MB,
// BODY_SIZE_LIMIT unless set), so Kraków's own 2024 file (4.0 MB) imports through the page; a
// body over the limit gets the localized "file too large (limit 20 MB)" page, never "Internal error".
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { signedIn } from './support/http';
import { chromiumAvailable, hydrated, launchBrowser, signIn } from './support/browser';

assertBuilt();

const budgets = JSON.parse(readFileSync(fileURLToPath(new URL('../messages/budgets/pl.json', import.meta.url)), 'utf8')) as Record<string, string>;
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

	it.skipIf(!chromiumAvailable())('with JavaScript, the page shows the upload progress (an accessible <progress>, announced politely) and ends on the results', { timeout: 600_000 }, async () => {
		const br = await launchBrowser({ baseURL: server.url });
		try {
			const page = br.page;
			br.context.setDefaultTimeout(300_000);
			br.context.setDefaultNavigationTimeout(300_000);
			await signIn(page, DEMO.official, DEMO_PASSWORD);
			await page.goto('/manage/budgets');
			await hydrated(page);
			await page.locator('#importTitle').fill('Kraków 2024 (import z paskiem postępu)');
			await page.locator('#importYear').fill('2024');
			await page.locator('#files').setInputFiles({ name: 'Poland_Krakow_2024.pb', mimeType: 'text/plain', buffer: krakow2024 });
			expect(await page.locator('#import-status').getAttribute('aria-live')).toBe('polite');
			expect(await page.locator('#import-progress').count()).toBe(0);
			// Record what the progress bar showed while the page was still there.
			await page.evaluate(() => {
				const w = window as unknown as { seen: { max: string | null; values: number[]; label: string; status: string[] } };
				w.seen = { max: null, values: [], label: '', status: [] };
				new MutationObserver(() => {
					const p = document.getElementById('import-progress') as HTMLProgressElement | null;
					if (p) {
						w.seen.max = p.getAttribute('max');
						w.seen.values.push(p.value);
						w.seen.label = document.querySelector('label[for="import-progress"]')?.textContent ?? '';
					}
					const s = document.getElementById('import-status')?.textContent?.trim();
					if (s && w.seen.status.at(-1) !== s) w.seen.status.push(s);
				}).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
			});
			await page.locator('form[action="?/import"] button[type=submit]').click();
			await page.locator('#import-progress').waitFor();
			const seen = await page.evaluate(() => (window as unknown as { seen: { max: string | null; values: number[]; label: string; status: string[] } }).seen);
			expect(seen.max).toBe('100');
			expect(seen.label).toBe(budgets.budgets_import_progress_label);
			// The upload ends (100 %) and the page says, politely, that the import is running;
			// then the results open.
			await page.locator('#import-status', { hasText: budgets.budgets_import_processing }).waitFor();
			expect(await page.locator('#import-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(100);
			await page.waitForURL(/\/budgets\/[^/]+\/results$/);
			expect(await page.locator('main').textContent()).toContain('Kraków 2024 (import z paskiem postępu)');
		} finally {
			await br.close();
		}
	});
});
