// The site as a whole, against its own server: the open API, CSRF protection, the three
// languages, the skip link, and an accessibility crawl of every page (anonymous and per role).
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, hydrated, launchBrowser, signIn, signOut, visit, type Browser } from './support/browser';
import { axeReport } from './support/axe';
import { messages } from './support/messages';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

const { pl, en, uk } = messages;

describe.skipIf(!chromiumAvailable())('site', () => {
	let server: TestServer;
	let browser: Browser;
	let page: Page;
	let processSlug: string;

	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser({ baseURL: server.url });
		page = browser.page;
		const list = (await (await fetch(`${server.url}/api/v1/processes`)).json()) as { slug: string }[];
		processSlug = list[0].slug;
	});
	afterAll(async () => {
		await browser?.close();
		if (!server) return;
		const ms = await server.stop();
		expect(ms).toBeLessThan(5000);
	});

	describe('open data API', () => {
		it('GET /api/v1/districts lists the 18 districts with id, number, name and population', async () => {
			const res = await fetch(`${server.url}/api/v1/districts`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toMatch(/application\/json/);
			const body = (await res.json()) as Record<string, unknown>[];
			expect(body).toHaveLength(18);
			for (const d of body) {
				expect(d).toEqual(expect.objectContaining({ id: expect.any(Number), number: expect.any(String), name: expect.any(String), population: expect.any(Number) }));
			}
			expect(new Set(body.map((d) => d.id)).size).toBe(18);
		});

		it('a bad filter is a 400 with a JSON error, not a 5xx', async () => {
			for (const query of ['district=99', 'district=abc', 'district=-1']) {
				const res = await fetch(`${server.url}/api/v1/processes?${query}`);
				expect(res.status, query).toBe(400);
				expect(res.headers.get('content-type'), query).toMatch(/application\/json/);
				expect(await res.json()).toEqual(expect.objectContaining({ error: expect.any(String) }));
			}
			const ok = await fetch(`${server.url}/api/v1/processes?district=1`);
			expect(ok.status).toBe(200);
			expect(Array.isArray(await ok.json())).toBe(true);
		});

		it('/api/v1/openapi.json is an OpenAPI 3.1.0 document', async () => {
			const res = await fetch(`${server.url}/api/v1/openapi.json`);
			expect(res.status).toBe(200);
			const doc = JSON.parse(await res.text()) as { openapi: string; info: { title: string }; paths: Record<string, unknown> };
			expect(doc.openapi).toBe('3.1.0');
			expect(doc.info.title).toBeTruthy();
			expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/districts', '/api/v1/processes']));
			const validation = await new Validator().validate(doc as unknown as object);
			expect(validation.errors ?? []).toEqual([]);
			expect(validation.valid).toBe(true);
		});

		it('answers every documented endpoint without path parameters with 200 and the documented media type', async () => {
			type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };
			const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, { get?: Operation }> };
			const plain = Object.entries(doc.paths).filter(([path, item]) => item.get && !path.includes('{'));
			expect(plain.length).toBeGreaterThan(2);
			for (const [path, item] of plain) {
				const documented = Object.keys(item.get?.responses['200']?.content ?? {});
				expect(documented.length, path).toBeGreaterThan(0);
				const res = await fetch(`${server.url}${path}`);
				expect(res.status, path).toBe(200);
				const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
				expect(documented, path).toContain(type);
			}
		});
	});

	describe('CSRF', () => {
		const post = (path: string, origin: string, body: Record<string, string>) =>
			fetch(`${server.url}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams(body)
			});

		it('refuses a cross-origin form post with 403', async () => {
			for (const path of ['/signin', '/signup', '/account?/profile', '/signout']) {
				const res = await post(path, 'https://evil.example', { email: DEMO.resident, password: DEMO_PASSWORD, name: 'Mallory' });
				expect(res.status, path).toBe(403);
			}
		});

		it('accepts the same post from its own origin (the form answers, here with a validation error)', async () => {
			const res = await post('/signin', server.url, { email: 'not-an-address', password: '' });
			expect(res.status).toBe(400);
			expect(await res.text()).toContain('class="error-summary"');
		});
	});

	describe('languages', () => {
		for (const [locale, msgs] of [['en', en], ['uk', uk]] as const) {
			it(`/${locale} has <html lang="${locale}"> and translated headings and menu`, async () => {
				await visit(page, `/${locale}`);
				expect(await page.locator('html').getAttribute('lang')).toBe(locale);
				expect((await page.locator('h1').textContent())?.trim()).toBe(msgs.home_title);
				expect(msgs.home_title).not.toBe(pl.home_title);
				expect((await page.locator('#open-now').textContent())?.trim()).toBe(msgs.open_now);
				const nav = page.locator(`nav[aria-label="${msgs.nav_main}"]`);
				expect(await nav.locator('a', { hasText: msgs.nav_processes }).getAttribute('href')).toBe(`/${locale}/processes`);
			});
		}

		it('Polish is the default at /', async () => {
			await visit(page, '/');
			expect(await page.locator('html').getAttribute('lang')).toBe('pl');
			expect((await page.locator('h1').textContent())?.trim()).toBe(pl.home_title);
		});

		for (const javaScriptEnabled of [true, false]) {
			it(`the language switch keeps the path (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
				const b = javaScriptEnabled ? browser : await launchBrowser({ baseURL: server.url, javaScriptEnabled });
				const p = b.page;
				try {
					const steps = [
						{ from: '/districts/1', code: 'en', to: '/en/districts/1', msgs: en },
						{ from: '/en/districts/1', code: 'uk', to: '/uk/districts/1', msgs: uk },
						{ from: '/uk/processes', code: 'pl', to: '/processes', msgs: pl },
						{ from: '/processes', code: 'en', to: '/en/processes', msgs: en }
					];
					for (const s of steps) {
						await visit(p, s.from);
						await Promise.all([p.waitForURL((u) => u.pathname === s.to), p.locator(`header a[hreflang="${s.code}"]`).click()]);
						await expect.poll(() => p.locator('html').getAttribute('lang'), { timeout: 5000 }).toBe(s.code);
						const h1 = (await p.locator('h1').textContent())?.trim();
						if (s.to.endsWith('/processes')) expect(h1).toBe(s.msgs.nav_processes);
						else expect(h1?.startsWith(s.msgs.district)).toBe(true);
						expect((await p.locator('header .main-nav a').first().textContent())?.trim()).toBe(s.msgs.nav_home);
					}
				} finally {
					if (b !== browser) await b.close();
				}
			});
		}
	});

	describe('progressive enhancement', () => {
		it('what is typed before JavaScript has loaded survives hydration', async () => {
			const b = await launchBrowser({ baseURL: server.url });
			const p = b.page;
			try {
				// Hold the app's scripts back until the form has been filled in.
				let release!: () => void;
				const gate = new Promise<void>((r) => (release = r));
				await p.route('**/_app/immutable/**/*.js', async (route) => {
					await gate;
					await route.continue();
				});
				await p.goto('/signin', { waitUntil: 'domcontentloaded' });
				await p.locator('#email').fill('typed.early@e2e.decydujemy.test');
				await p.locator('#password').fill('typed-before-hydration');
				release();
				await hydrated(p);
				expect(await p.locator('#email').inputValue()).toBe('typed.early@e2e.decydujemy.test');
				expect(await p.locator('#password').inputValue()).toBe('typed-before-hydration');
			} finally {
				await b.close();
			}
		});
	});

	describe('keyboard', () => {
		for (const javaScriptEnabled of [true, false]) {
			it(`Tab from the top reaches the skip link first, and it moves focus to the main content (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
				const b = javaScriptEnabled ? browser : await launchBrowser({ baseURL: server.url, javaScriptEnabled });
				const p = b.page;
				try {
					await visit(p, '/processes');
					await p.keyboard.press('Tab');
					const focused = await p.evaluate(() => ({ cls: document.activeElement?.className, href: document.activeElement?.getAttribute('href'), text: document.activeElement?.textContent?.trim() }));
					expect(focused).toEqual({ cls: 'skip-link', href: '#main', text: pl.skip_to_content });
					// Focused, the skip link is visible on screen.
					const box = await p.locator('.skip-link').boundingBox();
					expect(box && box.y >= 0 && box.width > 1 && box.height > 1).toBe(true);
					await p.keyboard.press('Enter');
					await expect.poll(() => p.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('main');
					// The next Tab continues inside the main content, not back in the header.
					await p.keyboard.press('Tab');
					expect(await p.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
				} finally {
					if (b !== browser) await b.close();
				}
			});
		}
	});

	describe('accessibility crawl', () => {
		const problems: string[] = [];
		/** Visits a page, checks status, <html lang>, one h1 and a title, and runs axe; violations
		 * are collected so one run reports every page at once. */
		async function audit(path: string, locale: 'pl' | 'en' | 'uk' = 'pl') {
			await visit(page, path);
			expect(await page.locator('html').getAttribute('lang'), path).toBe(locale);
			expect(await page.locator('main h1').count(), `${path}: one h1`).toBe(1);
			expect((await page.title()).length, `${path}: title`).toBeGreaterThan(0);
			const report = await axeReport(page, path);
			if (report) problems.push(report);
		}
		function assertClean(what: string) {
			const found = problems.splice(0);
			if (found.length) {
				console.error(`Accessibility violations (${what}):\n${found.join('\n')}`);
				throw new Error(`Accessibility violations (${what}):\n${found.join('\n')}`);
			}
		}

		it('every page of the main menu and the public pages, in Polish', async () => {
			await visit(page, '/');
			const navLinks = await page.locator(`nav[aria-label="${pl.nav_main}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			const footerLinks = await page.locator('footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			const paths = [...new Set([...navLinks, ...footerLinks, '/districts/1', `/processes/${processSlug}`, '/api', '/signin', '/signup', '/forgot-password'])];
			expect(paths).toEqual(expect.arrayContaining(['/', '/processes', '/districts', '/api', '/signin', '/signup']));
			for (const path of paths) await audit(path);
			assertClean('public pages, pl');
		});

		it('the home page and a form page in English and Ukrainian', async () => {
			for (const locale of ['en', 'uk'] as const) {
				for (const path of ['', '/signup']) await audit(`/${locale}${path}`, locale);
			}
			assertClean('en and uk');
		});

		it('the pages of a resident, a moderator, an admin and an official', async () => {
			const roles: [string, string, string[]][] = [
				[DEMO.resident, DEMO_PASSWORD, ['/account', '/notifications']],
				[DEMO.moderator, DEMO_PASSWORD, ['/moderation']],
				[server.admin.email, server.admin.password, ['/admin', '/admin/outbox', '/admin/audit']],
				[DEMO.official, DEMO_PASSWORD, ['/manage', '/manage/processes/new']]
			];
			for (const [email, password, paths] of roles) {
				await signIn(page, email, password);
				for (const path of paths) await audit(path, path.startsWith('/en/') ? 'en' : path.startsWith('/uk/') ? 'uk' : 'pl');
				await signOut(page);
			}
			assertClean('signed-in pages');
		});

		it('signed-in pages are closed to the wrong people', async () => {
			await visit(page, '/account');
			expect(new URL(page.url()).pathname).toBe('/signin');
			expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
			await signIn(page, DEMO.resident, DEMO_PASSWORD);
			for (const path of ['/moderation', '/admin', '/admin/outbox', '/manage']) {
				const res = await page.goto(path);
				expect(res?.status(), path).toBeGreaterThanOrEqual(400);
				expect(res?.status(), path).toBeLessThan(500);
			}
			await signOut(page);
		});
	});
});
