// Issue 12's "done when", in Chromium: an official starting at /manage verifies a project,
// rejects another, decides the appeal against the rejection (by Kraków's path it goes on to the
// merit assessment), opens voting through the confirmation pages, enters a paper ballot that a
// second person enters again, extends voting (a resident who commented is told), closes voting
// after confirming (the results are counted and published) and finds every step in the audit log
// with names — following links only, never typing an address. The official's browser runs
// without JavaScript (every step works by keyboard and plain forms); axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { createAxeChecker } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

const messages = (module: string): Record<string, unknown> => JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/${module}/pl.json`, import.meta.url)), 'utf8'));
const b = messages('budgets') as Record<string, string>;
const core = messages('core') as Record<string, string>;
/** The text of a plural message for one category (e.g. "one"), with {n} filled in. */
const plural = (key: string, category: string, n: string) => ((messages('budgets')[key] as { match: Record<string, string> }[])[0].match[`countPlural=${category}`] ?? '').replace('{n}', n);
const before = (s: string) => s.split('{')[0];

const NEXT = 'budzet-obywatelski-krakowa-2028';
const EDITION = 'Budżet Obywatelski Krakowa 2028';
const OFFICIAL_NAME = 'Marta Urzędnik';

describe.skipIf(!chromiumAvailable())('an official runs a budget edition from the workspace', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const noJs = new WeakSet<Page>();
	const open = async (js: boolean) => {
		const br = await launchBrowser({ javaScriptEnabled: js, baseURL: server.url });
		br.context.setDefaultTimeout(90_000);
		br.context.setDefaultNavigationTimeout(90_000);
		browsers.push(br);
		if (!js) noJs.add(br.page);
		return br.page;
	};
	// axe needs JavaScript: a page shown without it is replayed (scripts removed) by the shared checker.
	const axeJs = createAxeChecker(true);
	const axeNoJs = createAxeChecker(false);
	const check = (page: Page, label: string) => (noJs.has(page) ? axeNoJs.check(page, `${label} [no JavaScript]`) : axeJs.check(page, label));
	const notice = async (page: Page) => (await page.locator('main .notice[role=status]').first().textContent())?.trim();

	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		for (const br of browsers) await br.close();
		await axeNoJs.close();
		if (server) await server.stop();
	});

	/** A resident submits a small project in Podgórze, one question per page (no JavaScript). */
	async function submitProject(page: Page, title: string): Promise<void> {
		await visit(page, `/budgets/${NEXT}/submit`);
		await page.getByRole('radio', { name: /Dzielnica XIII Podgórze/ }).check();
		await page.locator('#title').fill(title);
		await page.locator('#description').fill('Projekt zgłoszony w teście ścieżki urzędniczki: nasadzenia i ławki.');
		await submit(page, page.locator('main form button.primary'));
		await page.locator('#lat').fill('50.0436');
		await page.locator('#lng').fill('19.9567');
		await submit(page, page.locator('main form button.primary'));
		await page.locator('#item0_label').fill('Nasadzenia');
		await page.locator('#item0_amount').fill('90000');
		await page.locator('#item1_label').fill('Ławki');
		await page.locator('#item1_amount').fill('20000');
		await submit(page, page.locator('main form button.primary')); // → climate (optional here)
		await submit(page, page.locator('main form button.primary')); // → photos
		await submit(page, page.locator('main a.button')); // → co-authors
		await submit(page, page.locator('main a.button')); // → check
		await submit(page, page.locator('main form button.primary'));
		expect(new URL(page.url()).pathname).toMatch(new RegExp(`/budgets/${NEXT}/projects/`));
	}

	it('verifies, rejects, decides an appeal, enters paper ballots twice, extends and closes voting, publishes the results and finds it all in the audit log', { timeout: 1_500_000 }, async () => {
		const anna = await open(false);
		const piotr = await open(false);
		const olena = await open(false);
		const official = await open(false);
		await signIn(anna, DEMO.resident, DEMO_PASSWORD);
		await signIn(piotr, 'piotr@demo.decydujemy.pl', DEMO_PASSWORD);
		await signIn(olena, 'olena@demo.decydujemy.pl', DEMO_PASSWORD);
		// Residents' side (not the official's): two projects, each with the two required signatures.
		await submitProject(anna, 'Cień przy Rynku Podgórskim');
		const rejectedUrl = new URL(anna.url()).pathname;
		await submitProject(piotr, 'Łąka kwietna na Zabłociu');
		const verifiedUrl = new URL(piotr.url()).pathname;
		for (const [signer, url] of [[olena, rejectedUrl], [piotr, rejectedUrl], [olena, verifiedUrl], [anna, verifiedUrl]] as const) {
			await visit(signer, url);
			await submit(signer, signer.locator('form[action="?/support"] button'));
		}

		// 1. The official starts at the workspace: the edition's formal assessments are waiting.
		await signIn(official, DEMO.official, DEMO_PASSWORD);
		await visit(official, '/manage');
		await check(official, '/manage');
		const edition = official.locator(`section.ws-process[data-process="${NEXT}"]`);
		await submit(official, edition.locator('li[data-waiting="budgets_waiting_formal"] a').first());
		expect(new URL(official.url()).pathname).toBe(`/manage/budgets/${NEXT}`);
		await check(official, '/manage/budgets/[edition]');

		// 2. Verifies one project: formal, then merit.
		await submit(official, official.getByRole('link', { name: 'Łąka kwietna na Zabłociu' }));
		for (const stage of [b.budgets_stage_formal, b.budgets_stage_merit]) {
			await official.getByRole('radio', { name: stage }).check();
			await official.getByRole('radio', { name: b.budgets_positive, exact: true }).check();
			await official.locator('#justification').fill('Projekt kompletny, wykonalny, w kompetencjach Gminy Kraków.');
			await submit(official, official.locator('form[action="?/verify"] button'));
			expect(await notice(official)).toBe(core.saved);
		}
		await check(official, '/manage/budgets/[edition]/projects/[id]');

		// 3. Rejects the other formally, with a reason; its author appeals.
		await submit(official, official.locator('main p.meta a').first()); // back to the edition
		await submit(official, official.getByRole('link', { name: 'Cień przy Rynku Podgórskim' }));
		await official.getByRole('radio', { name: b.budgets_stage_formal }).check();
		await official.getByRole('radio', { name: b.budgets_negative, exact: true }).check();
		await official.locator('#justification').fill('Rynek Podgórski jest w przebudowie — brak zgody zarządcy terenu.');
		await submit(official, official.locator('form[action="?/verify"] button'));
		expect(await notice(official)).toBe(core.saved);
		await visit(anna, rejectedUrl);
		await anna.locator('#body').fill('Zarząd Zieleni Miejskiej zgodził się na nasadzenia pismem z 3 marca.');
		await submit(anna, anna.locator('form[action="?/appeal"] button'));
		expect(await anna.locator('main').textContent()).toContain(b.budgets_appeal_sent);

		// 4. The workspace shows the appeal with its deadline; the official decides it on the
		// appeal page, with the decision appealed against, the costs, the map and the history.
		await submit(official, official.locator('nav.workspace-back a'));
		await submit(official, edition.locator('li[data-waiting="budgets_waiting_appeals"] a').first());
		await check(official, '/manage/budgets/[edition]/appeals');
		await submit(official, official.getByRole('link', { name: 'Cień przy Rynku Podgórskim' }));
		expect(await official.locator('#decision-by').textContent()).toContain(OFFICIAL_NAME);
		expect(await official.locator('#decision-reason').textContent()).toContain('brak zgody zarządcy');
		expect(await official.locator('#appeal-body').textContent()).toContain('pismem z 3 marca');
		expect(await official.locator('#cost-items tbody tr').count()).toBe(3); // two items and the total
		expect(await official.locator('svg.budget-pin-map').count()).toBe(1);
		expect(await official.locator('#history li').count()).toBe(3);
		expect(await official.locator('#upheld-goes-to').textContent()).toBe(b.budgets_appeal_goes_to_merit);
		await check(official, '/manage/budgets/[edition]/appeals/[id]');
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('.error-summary').count()).toBe(1);
		await check(official, '/manage/budgets/[edition]/appeals/[id] (errors)');
		await official.getByRole('radio', { name: b.budgets_appeal_accept }).check();
		await official.locator('#decision').fill('Pismo ZZM potwierdza zgodę zarządcy terenu.');
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('#assessment-state').textContent()).toBe(b.budgets_state_awaiting_merit);
		// The merit assessment of the project whose appeal was upheld.
		await submit(official, official.getByRole('link', { name: b.budgets_manage_project }));
		await official.getByRole('radio', { name: b.budgets_stage_merit }).check();
		await official.getByRole('radio', { name: b.budgets_positive, exact: true }).check();
		await official.locator('#justification').fill('Projekt wykonalny w ciągu roku, koszt zgodny z cennikiem.');
		await submit(official, official.locator('form[action="?/verify"] button'));
		expect(await notice(official)).toBe(core.saved);

		// 5. Opens voting ahead of the schedule: every phase change is confirmed with a reason.
		await submit(official, official.locator('main p.meta a').first());
		for (let i = 0; i < 4; i++) {
			await submit(official, official.locator('#next-phase'));
			if (i === 3) {
				expect(await official.locator('#consequences').textContent()).toContain(plural('budgets_confirm_on_ballot', 'few', '2'));
				await check(official, '/manage/budgets/[edition]/phase/voting');
			}
			await official.locator('#reason').fill('Harmonogram skrócony decyzją Rady Budżetu Obywatelskiego.');
			await submit(official, official.locator('main form button.primary'));
			expect(await notice(official)).toBe(b.budgets_phase_done);
		}
		expect(await official.locator('#phase-h').textContent()).toContain(b.budgets_phase_voting);

		// 6. A paper ballot, entered by the official and again by a second person (an admin).
		const paperBallot = async (page: Page) => {
			await page.locator('#paperNumber').fill('PODG-0001');
			await page.locator('fieldset', { hasText: 'Dzielnica XIII Podgórze' }).locator('select').first().selectOption({ index: 1 });
			await submit(page, page.locator('main form button.primary'));
		};
		await submit(official, official.getByRole('link', { name: b.budgets_paper_title }));
		await check(official, '/manage/budgets/[edition]/paper');
		await paperBallot(official);
		expect(await notice(official)).toBe(b.budgets_paper_waiting);
		const admin = await open(false);
		await signIn(admin, server.admin.email, server.admin.password);
		await visit(admin, '/manage');
		await submit(admin, admin.locator(`section.ws-process[data-process="${NEXT}"] li[data-waiting="budgets_waiting_paper"] a`).first());
		await paperBallot(admin);
		expect(await notice(admin)).toBe(b.budgets_paper_counted);

		// 7. Anna comments on the edition's project; the official extends voting; she is told.
		await visit(anna, verifiedUrl);
		await anna.locator('form[action="?/comment"] textarea').fill('Łąka przyda się pszczołom z pasieki na Zabłociu.');
		await submit(anna, anna.locator('form[action="?/comment"] button'));
		await submit(official, official.locator('main p.meta a').first());
		await submit(official, official.getByRole('link', { name: b.budgets_extend_title }));
		expect(await official.locator('#followers').textContent()).toBe(plural('budgets_extend_followers', 'one', '1'));
		await check(official, '/manage/budgets/[edition]/extend');
		const later = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
		await official.locator('#votingClosesAt').fill(later);
		await official.locator('#reason').fill('Awaria serwisu w pierwszym tygodniu głosowania.');
		await submit(official, official.locator('main form button.primary'));
		expect(await notice(official)).toBe(b.budgets_extend_done);
		await visit(anna, '/notifications');
		expect(await anna.locator('main').textContent()).toContain(`${EDITION}${core.notification_budget_voting_extended.split('{title}')[1].split('{date}')[0]}`);

		// 8. Closes voting after confirming: the consequences in numbers, then the published results.
		await submit(official, official.locator('#next-phase'));
		const consequences = (await official.locator('#consequences').textContent())!;
		expect(consequences).toContain(before(plural('budgets_confirm_close_early', 'many', '{n}')));
		expect(consequences).toContain(plural('budgets_confirm_ballots', 'one', '1'));
		expect(consequences).toContain(b.budgets_confirm_counts);
		await check(official, '/manage/budgets/[edition]/phase/results');
		await official.locator('#reason').fill('Rada zakończyła głosowanie po wyczerpaniu puli kart.');
		await submit(official, official.locator('main form button.primary'));
		expect(await notice(official)).toBe(b.budgets_phase_done);
		await submit(official, official.getByRole('link', { name: b.budgets_see_results }).first());
		expect(await official.locator('main').textContent()).toContain('Dzielnica XIII Podgórze');
		await check(official, '/budgets/[edition]/results');

		// 9. Every step in the audit log, with names and reasons, reached from the workspace.
		await submit(official, official.locator('header').getByRole('link', { name: core.nav_manage, exact: true }));
		await submit(official, official.locator('a[data-tool="audit:trail"]'));
		await check(official, '/manage/audit');
		const log = (await official.locator('#audit').textContent())!;
		// Actions by their names, not their codes; before/after as the fields that changed.
		for (const action of ['budget.verify.formal', 'budget.verify.merit', 'budget.appeal.decide', 'budget.phase.voting', 'budget.paper.enter', 'budget.paper.counted', 'budget.voting.extend', 'budget.phase.results', 'budget.count']) {
			expect(log, action).toContain(core[`audit_action_${action.replace(/\./g, '_')}`]);
			expect(log, action).not.toContain(action);
		}
		expect(log).toContain(`${core.audit_field_votingClosesAt}:`);
		expect(log).not.toContain('"before"');
		expect(log).toContain(OFFICIAL_NAME);
		expect(log).toContain('Awaria serwisu w pierwszym tygodniu głosowania.');
		expect(log).toContain(EDITION);
		// Filtered to one action (a plain GET form), then to the thing it changed.
		await official.locator('#process').selectOption({ label: EDITION });
		await official.locator('#action').selectOption('budget.appeal.decide');
		await submit(official, official.locator('form.filters button'));
		expect(await official.locator('#audit tbody tr').count()).toBe(1);
		await check(official, '/manage/audit (filtered)');
		const csv = await official.request.get(new URL((await official.locator('main a[download]').getAttribute('href'))!, official.url()).href);
		const bytes = await csv.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('budget.appeal.decide');
		await submit(official, official.locator('#audit tbody a').first());
		expect(await official.locator('h1').textContent()).toContain('Cień przy Rynku Podgórskim');

		// 10. Past editions open read-only from the officials' list of editions (never a 403).
		await submit(official, official.locator('nav.workspace-back a'));
		await submit(official, official.locator('a[data-tool="budgets:editions"]'));
		await check(official, '/manage/budgets');
		const past = official.locator('main table a', { hasText: 'Budżet Obywatelski Krakowa 2024 (dane historyczne)' });
		await submit(official, past);
		expect(new URL(official.url()).pathname).toMatch(/^\/budgets\/[^/]+\/results$/);
		expect(await official.locator('main').textContent()).toContain('Budżet Obywatelski Krakowa 2024 (dane historyczne)');
	});
});
