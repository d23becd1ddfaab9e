// The fixes of the first attack, against the running server (the issue's reproductions):
// open redirects after sign-in, unreadable text (NUL, invalid UTF-8) in the path, the query and
// forms, the error pages in three languages, and the sign-in limit under 100 parallel attempts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, visit, type Browser } from './support/browser';
import { axeReport } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { session, signedIn } from './support/http';

assertBuilt();

const errors = Object.fromEntries(
	(['pl', 'en', 'uk'] as const).map((l) => [l, JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/errors/${l}.json`, import.meta.url)), 'utf8')) as Record<string, string>])
) as Record<'pl' | 'en' | 'uk', Record<string, string>>;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
/** A page's HTML with the character references a page may use for text turned back into text. */
const text = (body: string) => body.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

describe.skipIf(!chromiumAvailable())('the boundary: fixes of the first attack', () => {
	let server: TestServer;
	let browser: Browser;

	beforeAll(async () => {
		// A 1 MB body limit: the 413 page must state the limit the server was given.
		server = await startServer({ env: { BODY_SIZE_LIMIT: '1M' } });
		browser = await launchBrowser({ baseURL: server.url });
	});
	afterAll(async () => {
		await browser?.close();
		if (!server) return;
		expect(server.logs()).not.toMatch(/invalid byte sequence/);
		await server.stop();
	});

	describe('after signing in, `next` never leaves the site (finding 2)', () => {
		const hostile = ['/\t/evil.example/phish', '//evil.example/phish', '/\\evil.example', 'https://evil.example/', '/\n/x', '/%0a/x'];

		it('a signed-in visit to /signin?next=… stays on this origin and never answers 500', async () => {
			const s = await signedIn(server.url, DEMO.resident, DEMO_PASSWORD);
			for (const next of [...hostile, '%2F%09%2Fevil.example%2Fphish']) {
				const query = next.startsWith('%2F') ? next : encodeURIComponent(next);
				const res = await s.get(`/signin?next=${query}`);
				expect(res.status, next).toBe(303);
				const target = new URL(res.headers.get('location')!, server.url);
				expect(target.origin, next).toBe(server.url);
			}
			const same = await s.get(`/signin?next=${encodeURIComponent('/budgets?x=1')}`);
			expect(same.headers.get('location')).toBe('/budgets?x=1');
		});

		it('the sign-in form’s `next` field is held to the same rule', async () => {
			for (const next of hostile) {
				const res = await session(server.url).post('/signin', { email: DEMO.resident, password: DEMO_PASSWORD, next });
				expect(res.status, next).toBe(303);
				expect(new URL(res.headers.get('location')!, server.url).origin, next).toBe(server.url);
			}
		});
	});

	describe('unreadable text is a localized 400 at the boundary, never a 500 (finding 3)', () => {
		it('in the path, the query and form fields, in pl, en and uk, saying what and where', async () => {
			const cases = [
				{ path: '/budgets/%00', where: 'path', name: undefined, kind: 'nul' },
				{ path: '/processes/%C3%28', where: 'path', name: undefined, kind: 'invalid_utf8' },
				{ path: '/ideas?topic=%00', where: 'query', name: 'topic', kind: 'nul' },
				{ path: '/meetings/x%FFy', where: 'path', name: undefined, kind: 'invalid_utf8' }
			] as const;
			for (const c of cases) {
				for (const locale of ['pl', 'en', 'uk'] as const) {
					const res = await fetch(`${server.url}${locale === 'pl' ? '' : `/${locale}`}${c.path}`, { headers: { accept: 'text/html' } });
					const body = await res.text();
					expect(res.status, `${locale} ${c.path}`).toBe(400);
					const e = errors[locale];
					const what = e[`error_page_bad_input_${c.kind}`];
					const detail = c.name ? fill(e[`error_page_bad_input_${c.where}`], { name: c.name, what }) : fill(e[`error_page_bad_input_${c.where}`], { what });
					expect(text(body), `${locale} ${c.path}`).toContain(e.error_page_400_title);
					expect(text(body), `${locale} ${c.path}`).toContain(detail);
					expect(body).toContain(`<html lang="${locale}">`);
				}
			}
		});

		it('in url-encoded and multipart forms (the field is named), before the action runs', async () => {
			const form = await session(server.url).post('/signin', { email: DEMO.resident, password: 'a\u0000b' });
			expect(form.status).toBe(400);
			expect(text(await form.text())).toContain(fill(errors.pl.error_page_bad_input_form, { name: 'password', what: errors.pl.error_page_bad_input_nul }));

			// A multipart text field whose bytes are not UTF-8, written by hand.
			const boundary = '----decydujemy-e2e';
			const bytes = Buffer.concat([
				Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n`),
				Buffer.from([0x61, 0xc3, 0x28]),
				Buffer.from(`\r\n--${boundary}--\r\n`)
			]);
			const res = await fetch(`${server.url}/en/signin`, { method: 'POST', headers: { origin: server.url, accept: 'text/html', 'content-type': `multipart/form-data; boundary=${boundary}` }, body: bytes });
			expect(res.status).toBe(400);
			expect(text(await res.text())).toContain(fill(errors.en.error_page_bad_input_form, { name: 'email', what: errors.en.error_page_bad_input_invalid_utf8 }));
		});

		it('the API answers JSON 400 naming the parameter', async () => {
			const res = await fetch(`${server.url}/api/v1/processes?district=1%00`);
			expect(res.status).toBe(400);
			expect(res.headers.get('content-type')).toMatch(/application\/json/);
			const message = fill(errors.pl.error_page_bad_input_query, { name: 'district', what: errors.pl.error_page_bad_input_nul });
			expect(await res.json()).toEqual({ error: 'bad_input', key: 'bad_input_nul', message, fields: { district: 'bad_input_nul' }, fieldMessages: { district: message } });
			const path = await fetch(`${server.url}/api/v1/budgets/%C3%28/projects`);
			expect(path.status).toBe(400);
			expect(await path.json()).toMatchObject({ error: 'bad_input', fields: { path: 'bad_input_invalid_utf8' } });
		});
	});

	describe('error pages say what happened and what to do next (finding 5)', () => {
		it('404, 403 and 401 in the layout or as the standalone page, in three languages, accessible', async () => {
			const page = browser.page;
			for (const [locale, prefix] of [['pl', ''], ['en', '/en'], ['uk', '/uk']] as const) {
				const e = errors[locale];
				await visit(page, `${prefix}/no-such-page`, (s) => s === 404);
				expect((await page.locator('h1').textContent())?.trim()).toBe(e.error_page_404_title);
				expect(await page.locator('main').textContent()).toContain(e.error_page_404_text);
				expect(await page.locator('main').textContent()).toContain(e.error_page_next);
				expect(await axeReport(page, `404 ${locale}`)).toBe('');

				// An endpoint refusing an anonymous visitor (SvelteKit's static page before the fix):
				// the standalone page, without the app's JavaScript.
				expect((await page.goto(`${prefix}/account/export.json`))?.status()).toBe(401);
				expect((await page.locator('h1').textContent())?.trim()).toBe(e.error_page_401_title);
				expect(await page.locator(`a[href^="${prefix}/signin?next="]`).count()).toBe(1);
				expect(await axeReport(page, `401 ${locale}`)).toBe('');

				expect((await page.goto(`${prefix}/budgets/%00`))?.status()).toBe(400);
				expect((await page.locator('h1').textContent())?.trim()).toBe(e.error_page_400_title);
				expect(await axeReport(page, `400 ${locale}`)).toBe('');
			}
		});

		it('403: a resident at an official’s page', async () => {
			const s = await signedIn(server.url, DEMO.resident, DEMO_PASSWORD);
			const res = await s.get('/en/manage/panels');
			expect(res.status).toBe(403);
			const body = await res.text();
			expect(text(body)).toContain(errors.en.error_page_403_title);
			expect(text(body)).toContain(errors.en.error_page_403_text);
		});

		it('413: a form larger than BODY_SIZE_LIMIT names the limit the server was given (1 MB)', async () => {
			const big = 'x'.repeat(1024 * 1024 + 10);
			for (const locale of ['pl', 'en', 'uk'] as const) {
				const res = await session(server.url).post(`${locale === 'pl' ? '' : `/${locale}`}/signin`, { email: 'a@b.pl', password: big });
				expect(res.status, locale).toBe(413);
				const body = await res.text();
				expect(text(body)).toContain(errors[locale].error_page_413_title);
				expect(text(body)).toContain(fill(errors[locale].error_page_413_text, { limit: '1' }));
			}
		});
	});

	describe('sign-in limit (finding 1)', () => {
		// Last in this file: it uses up this client address's sign-in window.
		it('100 parallel sign-ins for one e-mail, the right password last: at most 10 passwords are checked, the rest are told 429', async () => {
			const email = 'piotr@demo.decydujemy.pl';
			const attempts = 100;
			const statuses = await Promise.all(
				Array.from({ length: attempts }, async (_, i) => {
					const res = await session(server.url).post('/signin', { email, password: i === attempts - 1 ? DEMO_PASSWORD : `wrong-password-${i}`, next: '/' });
					await res.arrayBuffer();
					return res.status;
				})
			);
			const count = (s: number) => statuses.filter((x) => x === s).length;
			expect(count(401) + count(303)).toBeLessThanOrEqual(10);
			expect(count(429)).toBeGreaterThanOrEqual(90);
			expect(statuses.filter((s) => ![303, 401, 429].includes(s))).toEqual([]);
			// The window holds: the right password now is refused too.
			const after = await session(server.url).post('/signin', { email, password: DEMO_PASSWORD, next: '/' });
			expect(after.status).toBe(429);
		});
	});
});
