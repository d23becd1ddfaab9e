// Issue 20, the checks a Polish public body's accessibility audit makes, in pl, en and uk: the
// GOV.UK error pattern in full after a server-side error (title "Błąd: …", the focus on the
// summary, links that move the focus to their field) on the ballot check page, the survey and the
// project submission, with and without JavaScript, and the same on client-side validation;
// language of parts (lang on user content, every module); the accessibility statement;
// heading order and reflow at 320 px on the pages the journeys visit; axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

const LOCALES = ['pl', 'en', 'uk'] as const;
type Locale = (typeof LOCALES)[number];
const a11y = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/a11y/${l}.json`, import.meta.url)), 'utf8')) as Record<string, string>])) as Record<Locale, Record<string, string>>;
const at = (locale: Locale, path: string) => (locale === 'pl' ? path : `/${locale}${path}`);

const PIOTR = 'piotr@demo.decydujemy.pl';
const APPROVAL = 'zielony-milion-nowej-huty-2027';
const NEXT = 'budzet-obywatelski-krakowa-2028';

/** What the focus is on: the error summary, or the id of the focused element. */
const focused = (page: Page) => page.evaluate(() => (document.activeElement?.closest('[data-error-summary]') ? 'summary' : (document.activeElement?.id ?? document.activeElement?.tagName ?? '')));

describe.skipIf(!chromiumAvailable())('accessibility audit (issue 20)', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const checkers: AxeChecker[] = [];
	let consultation: string;

	beforeAll(async () => {
		server = await startServer();
		const list = (await (await fetch(`${server.url}/api/v1/processes`)).json()) as { slug: string; title: string; mechanism: string }[];
		consultation = list.find((p) => p.mechanism === 'consultation' && p.title.startsWith('Plan adaptacji'))!.slug;
	});
	afterAll(async () => {
		for (const b of browsers) await b.close();
		for (const c of checkers) await c.close();
		await server?.stop();
	});

	const open = async (javaScriptEnabled: boolean) => {
		const b = await launchBrowser({ javaScriptEnabled, baseURL: server.url });
		b.context.setDefaultTimeout(60_000);
		b.context.setDefaultNavigationTimeout(60_000);
		browsers.push(b);
		const axe = createAxeChecker(javaScriptEnabled);
		checkers.push(axe);
		return { page: b.page, axe };
	};

	/** After a failed submission: the title starts with the error prefix, the summary has the
	 * focus, axe is clean, and the summary's first link moves the focus to its field. */
	const expectErrorPattern = async (page: Page, axe: AxeChecker, locale: Locale, label: string, js: boolean) => {
		const title = await page.title();
		expect(title.startsWith(a11y[locale].error_title_prefix), `${label}: title "${title}"`).toBe(true);
		expect(title.slice(a11y[locale].error_title_prefix.length).startsWith(a11y[locale].error_title_prefix), `${label}: prefixed once`).toBe(false);
		await expect.poll(() => focused(page), { message: `${label}: focus on the summary` }).toBe('summary');
		await axe.check(page, label);
		const link = page.locator('[data-error-summary] a').first();
		const target = decodeURIComponent(((await link.getAttribute('href')) ?? '').replace(/^.*#/, ''));
		expect(target, label).not.toBe('');
		await link.click();
		if (js) {
			// The field itself (or the first control of a group) has the focus.
			await expect
				.poll(() => page.evaluate((id) => { const t = document.getElementById(id); const a = document.activeElement; return !!t && !!a && (t === a || t.contains(a)); }, target), { message: `${label}: focus on #${target}` })
				.toBe(true);
		} else {
			// Without JavaScript the link is a plain in-page link to the field.
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${encodeURIComponent(target)}`.replace(/%2F/g, '/'));
			expect(await page.locator(`[id="${target}"]`).count(), label).toBe(1);
		}
	};

	for (const js of [true, false]) {
		const tag = js ? 'JavaScript' : 'no JavaScript';
		it(`server-side errors: ballot check, survey and project submission follow the GOV.UK pattern in pl, en and uk (${tag})`, async () => {
			const { page, axe } = await open(js);
			await signIn(page, PIOTR, DEMO_PASSWORD);
			for (const locale of LOCALES) {
				// The ballot check page, sent without the residence declaration.
				await visit(page, at(locale, `/budgets/${APPROVAL}/vote/ballot`));
				await page.locator('main input[type=checkbox]').first().check();
				await submit(page, page.locator('main form button.primary'));
				expect(new URL(page.url()).pathname).toBe(at(locale, `/budgets/${APPROVAL}/vote/check`));
				expect(await page.locator('[data-error-summary]').count()).toBe(0);
				expect((await page.title()).startsWith(a11y[locale].error_title_prefix)).toBe(false);
				await submit(page, page.locator('main form button.primary'));
				await expectErrorPattern(page, axe, locale, `/vote/check (error, ${locale}, ${tag})`, js);

				// The survey, sent with its required questions unanswered.
				await visit(page, at(locale, `/consultations/${consultation}/survey`));
				await submit(page, page.locator('form[action="?/review"] button[type=submit]'));
				await expectErrorPattern(page, axe, locale, `/survey (errors, ${locale}, ${tag})`, js);

				// The project submission, sent empty.
				await visit(page, at(locale, `/budgets/${NEXT}/submit`));
				await submit(page, page.locator('main form button[type=submit]'));
				await expectErrorPattern(page, axe, locale, `/submit (errors, ${locale}, ${tag})`, js);
			}
		});
	}

	it('client-side validation (JavaScript): the same summary, title, focus and inline message, in pl, en and uk', async () => {
		const { page, axe } = await open(true);
		await signIn(page, PIOTR, DEMO_PASSWORD);
		const list = (await (await fetch(`${server.url}/api/v1/processes`)).json()) as { slug: string }[];
		for (const locale of LOCALES) {
			await visit(page, at(locale, `/processes/${list[0].slug}`));
			const before = await page.title();
			const requests: string[] = [];
			page.on('request', (r) => {
				if (r.method() === 'POST') requests.push(r.url());
			});
			await page.locator('form[action="?/comment"] button[type=submit]').first().click();
			const summary = page.locator('[data-error-summary]');
			await expect.poll(() => summary.count()).toBe(1);
			expect(requests, 'nothing was sent').toEqual([]);
			expect(await summary.textContent()).toContain(a11y[locale].client_error_value_missing);
			expect(await page.title()).toBe(a11y[locale].error_title_prefix + before);
			await expect.poll(() => focused(page)).toBe('summary');
			expect(await page.locator('#body').getAttribute('aria-invalid')).toBe('true');
			expect(await page.locator('#body-client-error').textContent()).toBe(a11y[locale].client_error_value_missing);
			await axe.check(page, `/processes/[slug] (client-side error, ${locale})`);
			await summary.locator('a').first().click();
			await expect.poll(() => focused(page)).toBe('body');
			page.removeAllListeners('request');
		}
	});
	it('language of parts: Polish user content carries lang="pl" on /en and /uk pages, none on Polish ones; a comment keeps the language it was written in', async () => {
		const { page, axe } = await open(true);
		const GREEN = 'zielony-budzet-krakowa-2027';
		for (const locale of LOCALES) {
			await visit(page, at(locale, `/budgets/${GREEN}`));
			const expected = locale === 'pl' ? null : 'pl';
			expect(await page.locator('main h1').getAttribute('lang'), `h1 (${locale})`).toBe(expected);
			expect(await page.locator('main p.lead').getAttribute('lang'), `description (${locale})`).toBe(expected);
			await axe.check(page, `/budgets/${GREEN} (${locale})`);
			await visit(page, at(locale, '/processes'));
			const titles = await page.locator('main ul.cards h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('lang')));
			expect(titles.length).toBeGreaterThan(0);
			expect(new Set(titles), `process titles (${locale})`).toEqual(new Set([expected]));
			await visit(page, at(locale, '/ideas'));
			const ideas = await page.locator('main li.card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('lang')));
			expect(ideas.length).toBeGreaterThan(0);
			expect(new Set(ideas), `idea titles (${locale})`).toEqual(new Set([expected]));
		}

		// Piotr comments from the English interface: the text is English by default; a second
		// comment, from the Ukrainian interface, is marked Polish by his choice.
		await signIn(page, PIOTR, DEMO_PASSWORD);
		const list = (await (await fetch(`${server.url}/api/v1/processes`)).json()) as { slug: string }[];
		const path = `/processes/${list[0].slug}`;
		const english = `Please plant more trees along the tram line (${Date.now()}).`;
		const polish = `Proszę o więcej drzew przy przystankach (${Date.now()}).`;
		await visit(page, at('en', path));
		expect(await page.locator('main h1').getAttribute('lang')).toBe('pl');
		expect(await page.locator('#lang').inputValue()).toBe('en');
		await page.locator('#body').fill(english);
		await submit(page, page.locator('form[action="?/comment"] button.primary'));
		await visit(page, at('uk', path));
		expect(await page.locator('#lang').inputValue()).toBe('uk');
		await page.locator('#body').fill(polish);
		await page.locator('#lang').selectOption('pl');
		await submit(page, page.locator('form[action="?/comment"] button.primary'));
		const langOfComment = (text: string) => page.locator('p.comment-body', { hasText: text }).getAttribute('lang');
		await visit(page, at('en', path));
		expect(await langOfComment(english)).toBe(null);
		expect(await langOfComment(polish)).toBe('pl');
		await axe.check(page, `${path} (en, comments in two languages)`);
		await visit(page, path);
		expect(await langOfComment(english)).toBe('en');
		expect(await langOfComment(polish)).toBe(null);
		await visit(page, at('uk', path));
		expect(await langOfComment(english)).toBe('en');
		expect(await langOfComment(polish)).toBe('pl');
		await axe.check(page, `${path} (uk)`);
	});

	it('language of parts on the other modules: organisations, meetings, initiatives, consultation answers and panel recommendations written in Polish carry lang="pl" on /en and /uk pages, none on Polish ones', async () => {
		const { page, axe } = await open(false);
		/** The lang attributes of the elements matched (at least one must match). */
		const langs = async (selector: string, what: string) => {
			const found = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
			expect(found.length, `${what}: ${selector} on ${page.url()}`).toBeGreaterThan(0);
			return new Set(found);
		};
		const firstLink = async (selector: string) => {
			const href = await page.locator(selector).first().getAttribute('href');
			expect(href, `${selector} on ${page.url()}`).toBeTruthy();
			return href!.replace(/^\/(en|uk)(?=\/)/, '');
		};
		await visit(page, '/organisations');
		const organisation = await firstLink('main h2.card-title a');
		await visit(page, '/meetings');
		const meeting = await firstLink('main h3 a[href*="/meetings/"]');
		await visit(page, '/initiatives');
		const application = await firstLink('main a[href*="/applications/"]');
		const panels = (await (await fetch(`${server.url}/api/v1/processes`)).json()) as { slug: string; mechanism: string; title: string }[];
		const panel = panels.find((p) => p.mechanism === 'panel' && p.title.includes('2021'))!.slug;
		for (const locale of LOCALES) {
			const expected = locale === 'pl' ? null : 'pl';
			const only = (got: Set<string | null>, what: string) => expect(got, `${what} (${locale})`).toEqual(new Set([expected]));
			await visit(page, at(locale, '/organisations'));
			only(await langs('main h2.card-title', 'organisation names'), 'organisation names');
			await visit(page, at(locale, organisation));
			only(await langs('main h1', 'organisation'), 'organisation name');
			await axe.check(page, `${organisation} (${locale})`);
			await visit(page, at(locale, '/meetings'));
			only(await langs('main h3:has(a[href*="/meetings/"])', 'meeting titles'), 'meeting titles');
			await visit(page, at(locale, meeting));
			only(await langs('main h1', 'meeting'), 'meeting title');
			only(await langs('main p.description', 'meeting description'), 'meeting description');
			await axe.check(page, `${meeting} (${locale})`);
			await visit(page, at(locale, application));
			only(await langs('main h1', 'initiative'), 'initiative title');
			only(await langs('main p.comment-body', 'initiative description'), 'initiative description');
			await axe.check(page, `${application} (${locale})`);
			await visit(page, at(locale, `/consultations/${consultation}/answers`));
			only(await langs('main .comment-body', 'consultation submissions'), 'consultation submissions');
			only(await langs('main h3[id^="theme-"]', 'consultation themes'), 'consultation themes');
			only(await langs('main p.answer span', 'city answers'), 'city answers');
			await axe.check(page, `/consultations/${consultation}/answers (${locale})`);
			await visit(page, at(locale, `/panels/${panel}/recommendations/1`));
			only(await langs('main h1 span', 'recommendation title'), 'recommendation title');
			only(await langs('main p.comment-body', 'recommendation'), 'recommendation text');
			await axe.check(page, `/panels/${panel}/recommendations/1 (${locale})`);
		}
	});

	// The minister's template ids (docs/decisions.md 30): the ones every statement carries ...
	const STATEMENT_IDS = ['a11y-deklaracja', 'a11y-wstep', 'a11y-podmiot', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status', 'a11y-data-sporzadzenie', 'a11y-kontakt', 'a11y-osoba', 'a11y-email', 'a11y-telefon', 'a11y-procedura', 'a11y-architektura', 'a11y-aplikacje'];
	// ... and the optional ones (the burden analysis link, the external auditor, the review date).
	const TEMPLATE_IDS = new Set([...STATEMENT_IDS, 'a11y-ocena', 'a11y-audytor', 'a11y-data-przeglad']);

	it('the accessibility statement: the template ids and sections in pl, en and uk; edited by the admin; its JSON copy in the OpenAPI document', async () => {
		const { page, axe } = await open(false);
		for (const locale of LOCALES) {
			await visit(page, at(locale, '/accessibility'));
			for (const id of STATEMENT_IDS) expect(await page.locator(`[id="${id}"]`).count(), `#${id} (${locale})`).toBe(1);
			// No a11y-* id of our own invention: the monitoring tools count them.
			const own = (await page.locator('[id^="a11y-"]').evaluateAll((els) => els.map((e) => e.id))).filter((id) => !TEMPLATE_IDS.has(id));
			expect(own, locale).toEqual([]);
			expect(await page.locator('#a11y-data-publikacja').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(await page.locator('#a11y-data-aktualizacja').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const main = (await page.locator('main').textContent()) ?? '';
			for (const key of ['a11y_status_heading', 'a11y_issues_heading', 'a11y_prepared_heading', 'a11y_shortcuts_heading', 'a11y_contact_heading', 'a11y_procedure_heading', 'a11y_procedure_deadline', 'a11y_procedure_ombudsman']) expect(main, `${key} (${locale})`).toContain(a11y[locale][key]);
			expect(main).toMatch(/7/);
			expect(await page.locator('a[href="https://bip.brpo.gov.pl/"]').count()).toBe(1);
			// The city's own texts are Polish: marked so on the English and Ukrainian pages.
			expect(await page.locator('#a11y-podmiot').getAttribute('lang')).toBe(locale === 'pl' ? null : 'pl');
			expect(await headingOrder(page), locale).toBe('');
			expect(await overflow(page), locale).toBe('');
			await axe.check(page, `/accessibility (${locale})`);
		}

		// The admin edits it: a line without a reason is refused with its number; then it is saved.
		await signIn(page, server.admin.email, server.admin.password);
		await visit(page, '/admin/accessibility');
		await axe.check(page, '/admin/accessibility');
		await page.locator('#contactName').fill('Joanna Dostępna');
		await page.locator('#knownIssues').fill('Mapa działek | art. 3 ust. 2 pkt 4 | lista adresów\nFilm bez napisów');
		await submit(page, page.locator('main form button.primary'));
		expect((await page.title()).startsWith(a11y.pl.error_title_prefix)).toBe(true);
		expect(await page.locator('[data-error-summary]').textContent()).toContain(a11y.pl.err_accessibility_issue_line.replace('{line}', '2'));
		await axe.check(page, '/admin/accessibility (errors)');
		expect(await page.locator('#contactName').inputValue()).toBe('Joanna Dostępna');
		await page.locator('#knownIssues').fill('Mapa działek | art. 3 ust. 2 pkt 4 | lista adresów\nFilm z sesji | brak napisów');
		await page.locator('#updatedOn').fill('2027-01-15');
		await submit(page, page.locator('main form button.primary'));
		expect(await page.locator('main .notice').textContent()).toContain(a11y.pl.a11y_saved);
		await visit(page, '/en/accessibility');
		expect(await page.locator('#a11y-osoba').textContent()).toBe('Joanna Dostępna');
		expect(await page.locator('#a11y-data-aktualizacja').textContent()).toBe('2027-01-15');
		expect(await page.locator('main').textContent()).toContain('Film z sesji');

		const res = await fetch(`${server.url}/api/v1/accessibility-statement`);
		expect(res.status).toBe(200);
		const body = (await res.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ updatedOn: '2027-01-15', contact: { name: 'Joanna Dostępna' }, procedure: { answerWithinDays: 7, extendedAtMostMonths: 2 }, knownIssues: [{ what: 'Mapa działek' }, { what: 'Film z sesji', reason: 'brak napisów' }] });
		const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
		expect(doc.paths).toHaveProperty(['/api/v1/accessibility-statement']);
		expect(doc.components.schemas).toHaveProperty('AccessibilityStatement');

		// Anyone else is refused the editing page.
		await page.context().clearCookies();
		await signIn(page, PIOTR, DEMO_PASSWORD);
		const refused = await page.goto('/admin/accessibility');
		expect(refused?.status()).toBe(403);
	});

	/** Skipped heading levels of the current page ('' when h1 → h2 → h3 … never skips one). */
	const headingOrder = (page: Page) =>
		page.evaluate(() => {
			const out: string[] = [];
			let prev = 0;
			for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
				if (!h.checkVisibility()) continue; // inside a closed <details>: not in the accessibility tree
				const level = Number(h.tagName[1]);
				if (prev === 0 ? level !== 1 : level > prev + 1) out.push(`h${prev || '-'} → h${level} "${(h.textContent ?? '').trim().slice(0, 60)}"`);
				prev = level;
			}
			return out.join('; ');
		});
	/** How much wider than the viewport the page is, at 320 CSS pixels (WCAG 1.4.10 Reflow). */
	const overflow = async (page: Page) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const wide = await page.evaluate(() => {
			const w = document.documentElement.scrollWidth;
			if (w <= 320) return '';
			// Name the widest element that sticks out, for the report.
			let worst = '';
			let max = 320;
			for (const el of document.querySelectorAll<HTMLElement>('main *')) {
				const r = el.getBoundingClientRect();
				if (r.right > max && !el.closest('.table-wrap')) {
					max = r.right;
					worst = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`;
				}
			}
			return `${w} px wide (${worst})`;
		});
		await page.setViewportSize({ width: 1280, height: 900 });
		return wide;
	};
	/** One page per route: segments with a digit (ids, slugs with a year) are the same route. */
	const shape = (path: string) => path.split('/').map((seg) => (/\d/.test(seg) || seg.length > 24 ? '*' : seg)).join('/');
	// Polish only here (the language switcher doubles every page): the language pass
	// (language.e2e.test.ts) checks the heading order of every page in pl, en and uk, over HTTP.
	const skip = (path: string) => !path.startsWith('/') || /^\/(en|uk)(\/|$)|^\/(api\/|signout)|\.\w{2,4}$|\/export|\/download/.test(path);

	it('every page reached from the menus (anonymous, resident, official, admin): no heading level skipped, no horizontal scrolling at 320 px, axe clean', async () => {
		const { page, axe } = await open(true);
		const seen = new Set<string>();
		const problems: string[] = [];
		const audit = async (path: string, who: string) => {
			const res = await page.goto(path, { waitUntil: 'load' });
			if (!res || res.status() >= 400) return [] as string[];
			const label = `${path} [${who}]`;
			if (process.env.E2E_TIMING) console.log(`[accessibility e2e] ${label}`);
			const order = await headingOrder(page);
			const found: string[] = [];
			if (order) found.push(`${label}: heading order: ${order}`);
			const wide = await overflow(page);
			if (wide) found.push(`${label}: at 320 px the page is ${wide}`);
			try {
				await axe.check(page, label);
			} catch (e) {
				found.push((e as Error).message);
			}
			if (found.length) console.error(found.join('\n'));
			problems.push(...found);
			const links = await page.locator('main a[href^="/"], nav a[href^="/"], footer a[href^="/"]').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/[?#].*$/, '')));
			return links;
		};
		const crawl = async (who: string, start: string[], depth: number) => {
			let frontier = start;
			for (let d = 0; d <= depth && frontier.length; d++) {
				const next: string[] = [];
				for (const path of frontier) {
					const key = `${who}:${shape(path)}`;
					if (seen.has(key) || skip(path)) continue;
					seen.add(key);
					next.push(...(await audit(path, who)));
				}
				frontier = [...new Set(next)];
			}
		};
		await crawl('anonymous', ['/'], 2);
		await signIn(page, PIOTR, DEMO_PASSWORD);
		await crawl('resident', ['/account', '/notifications', '/budgets', '/my/organisations'], 1);
		await page.context().clearCookies();
		await signIn(page, 'urzedniczka@demo.decydujemy.pl', DEMO_PASSWORD);
		await crawl('official', ['/manage'], 2);
		await page.context().clearCookies();
		await signIn(page, server.admin.email, server.admin.password);
		await crawl('admin', ['/admin'], 1);
		console.log(`[accessibility e2e] ${seen.size} routes crawled`);
		expect(seen.size).toBeGreaterThan(40);
		expect(problems, problems.join('\n')).toEqual([]);
	}, 900_000);
});
