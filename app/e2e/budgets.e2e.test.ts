// Issue 4, end to end in Chromium: a resident (without JavaScript) submits a project with a map
// pin; an official rejects it formally with a reason; the author appeals; the appeal is
// accepted; residents vote with Kraków's ballot (no JavaScript) and with an approval ballot
// (JavaScript); the official closes voting; the results show explanations and the MES
// comparison; a winning project gets an implementation update and a volunteer. Also: the
// project's area (typed without JavaScript with per-line errors, clicked on the map with it), the
// required support signatures ("N of M", a formal acceptance refused without them), the author's
// notifications, the appeal deadline (and a late one refused), pools and the green budget edited
// until voting opens and refused after, and light results pages (a summary + one page per pool).
// axe on every budget page, in pl/en/uk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, follow, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { expectAccessible } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

if (!process.env.BUDGETS_E2E_URL) assertBuilt();

const load = (locale: string): Record<string, string> => JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/budgets/${locale}.json`, import.meta.url)), 'utf8'));
const b = load('pl');
const core = JSON.parse(readFileSync(fileURLToPath(new URL('../messages/core/pl.json', import.meta.url)), 'utf8')) as Record<string, string>;
const before = (s: string) => s.split('{')[0];

const NEXT = 'budzet-obywatelski-krakowa-2028';
const APPROVAL = 'zielony-milion-nowej-huty-2027';
const GREEN = 'zielony-budzet-krakowa-2027';
const PIOTR = 'piotr@demo.decydujemy.pl';
const OLENA = 'olena@demo.decydujemy.pl';

describe.skipIf(!chromiumAvailable())('participatory budget, end to end', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const visited = new Set<string>();
	const t0 = Date.now();
	const noJs = new WeakSet<Page>();
	let auditor: Page | null = null;
	/** axe needs JavaScript in the page it checks. A page shown without JavaScript is checked as
	 * served: its HTML (scripts removed) is replayed at the same URL in a JavaScript-enabled
	 * auditor browser, so the stylesheets and the markup are exactly the resident's. */
	const check = async (page: Page, label: string) => {
		visited.add(label);
		if (process.env.BUDGETS_E2E_VERBOSE) console.log(`[budgets e2e] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${label}`);
		if (!noJs.has(page)) return expectAccessible(page, label);
		auditor ??= await open(true);
		const url = page.url();
		const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
		const pattern = (u: URL) => u.href === url;
		await auditor.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
		await auditor.goto(url, { waitUntil: 'load' });
		await auditor.unroute(pattern);
		await expectAccessible(auditor, `${label} [no JavaScript]`);
	};
	const open = async (js: boolean) => {
		const br = await launchBrowser({ javaScriptEnabled: js, baseURL: server.url });
		// Generous waits: argon2 sign-ins and axe runs are slow on a busy machine.
		br.context.setDefaultTimeout(90_000);
		br.context.setDefaultNavigationTimeout(90_000);
		browsers.push(br);
		if (!js) noJs.add(br.page);
		return br.page;
	};

	beforeAll(async () => {
		// BUDGETS_E2E_URL: run against a server that is already up (a fresh demo database).
		const external = process.env.BUDGETS_E2E_URL;
		server = external ? ({ url: external, port: Number(new URL(external).port), admin: { email: '', password: '' }, logs: () => '', stop: async () => 0 } as TestServer) : await startServer();
	});
	afterAll(async () => {
		for (const br of browsers) await br.close();
		if (server) await server.stop();
	});

	it('runs a project from submission to implementation, with both ballots and fair results', { timeout: 1_500_000 }, async () => {
		const anna = await open(false); // the resident's steps without JavaScript
		const official = await open(true);
		const piotr = await open(true);
		const olena = await open(false);
		await signIn(anna, DEMO.resident, DEMO_PASSWORD);
		await signIn(official, DEMO.official, DEMO_PASSWORD);
		await signIn(piotr, PIOTR, DEMO_PASSWORD);
		await signIn(olena, OLENA, DEMO_PASSWORD);

		// Public pages.
		await visit(anna, '/budgets');
		await check(anna, '/budgets');
		await visit(anna, `/budgets/${NEXT}`);
		await check(anna, '/budgets/[edition] (submission)');

		// 1. Anna submits a project, one question per page.
		await submit(anna, anna.locator(`main a.button[href$="/budgets/${NEXT}/submit"]`));
		await check(anna, '/submit');
		await submit(anna, anna.locator('main form button[type=submit]')); // empty: error summary
		expect(await anna.locator('.error-summary li').count()).toBeGreaterThanOrEqual(2);
		await check(anna, '/submit (errors)');
		await anna.getByRole('radio', { name: /Dzielnica XIII Podgórze/ }).check();
		await anna.locator('#title').fill('Cień na Rynku Podgórskim <script>alert(1)</script>');
		await anna.locator('#description').fill('Posadzimy 15 drzew i postawimy ławki w cieniu na Rynku Podgórskim.');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/my\/[^/]+\/place$/);
		const projectId = anna.url().split('/my/')[1]!.split('/')[0]!;
		await check(anna, '/my/[id]/place');
		// The map is an <input type="image">: a click sends the position without JavaScript.
		await submit(anna, anna.locator('#map'));
		expect(await anna.locator('main .notice').textContent()).toContain(before(b.budgets_pin_at));
		await anna.locator('#lat').fill('50.0436');
		await anna.locator('#lng').fill('19.9567');
		// The optional area, one "lat, lng" per line: each wrong line is named.
		await anna.locator('#area').fill('50.0440, 19.9560\nróg przy kościele\n50.0440, 19.9575\n49.5, 19.95');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('.error-summary').textContent()).toContain(b.err_budgets_area_invalid);
		const areaErrors = (await anna.locator('#area-error').textContent())!;
		expect(areaErrors).toContain(`${before(b.budgets_area_line_error)}2`);
		expect(areaErrors).toContain(b.err_budgets_area_line_format);
		expect(areaErrors).toContain(`${before(b.budgets_area_line_error)}4`);
		expect(areaErrors).toContain(b.err_budgets_area_line_outside);
		expect(await anna.locator('#lat').inputValue()).toBe('50.0436');
		await check(anna, '/my/[id]/place (area errors)');
		await anna.locator('#area').fill('50.0440, 19.9560\n50.0440, 19.9575\n50.0432, 19.9575\n50.0432, 19.9560');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/cost$/);
		await check(anna, '/my/[id]/cost');
		await anna.locator('#item0_label').fill('Drzewa (15 szt.) z pielęgnacją');
		// Amounts as people type them: spaces and a decimal comma are read; a budget counts whole
		// złoty, so grosze are refused with that reason, on the field, and what was typed stays.
		await anna.locator('#item0_amount').fill('24 000,50');
		await anna.locator('#item1_label').fill('Ławki');
		await anna.locator('#item1_amount').fill('30 000 zł');
		await submit(anna, anna.locator('main form button.primary'));
		expect(new URL(anna.url()).pathname).toMatch(/\/cost$/);
		expect(await anna.locator('.error-summary').textContent()).toContain(core.err_amount_whole);
		expect(await anna.locator('#item0_amount').inputValue()).toBe('24 000,50');
		await check(anna, '/my/[id]/cost (grosze refused)');
		await anna.locator('#item0_amount').fill('120 000');
		await submit(anna, anna.locator('main form button.primary'));
		await check(anna, '/my/[id]/climate');
		await anna.locator('#climateCategory').selectOption('trees_greenery');
		await anna.locator('#trees').fill('15');
		await anna.locator('#method').fill('15 drzew × 22 kg CO2 rocznie (i-Tree).');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/photos$/);
		await submit(anna, anna.locator('main a.button'));
		expect(anna.url()).toMatch(/\/coauthors$/);
		await submit(anna, anna.locator('main a.button'));
		await check(anna, '/my/[id]/check');
		expect(await anna.locator('main').textContent()).toContain('150');
		await submit(anna, anna.locator('main form button.primary'));
		expect(new URL(anna.url()).pathname).toBe(`/budgets/${NEXT}/projects/${projectId}`);
		// User text is escaped: the title is shown as typed, nothing runs.
		expect(await anna.locator('h1').textContent()).toContain('<script>');
		// The area on the map; the signatures this edition requires ("0 of 2"), explained.
		expect(await anna.locator('main svg.budget-pin-map polygon').count()).toBe(1);
		expect(await anna.locator('#signatures').textContent()).toBe(b.budgets_signatures_n_of_m.replace('{have}', '0').replace('{required}', '2'));
		expect(await anna.locator('main').textContent()).toContain(before(b.budgets_signatures_rule));
		await check(anna, '/projects/[id] (submitted)');

		// With JavaScript, clicking the map adds points to the area (Piotr drafts a project).
		await visit(piotr, `/budgets/${NEXT}/submit`);
		await piotr.getByRole('radio', { name: /Dzielnica XIII Podgórze/ }).check();
		await piotr.locator('#title').fill('Łąka kwietna przy Wiśle');
		await piotr.locator('#description').fill('Zamiast koszonego trawnika łąka kwietna z tablicami o owadach zapylających.');
		await submit(piotr, piotr.locator('main form button.primary'));
		expect(piotr.url()).toMatch(/\/place$/);
		await piotr.locator('#areaMode').check();
		for (const [x, y] of [[140, 80], [165, 80], [152, 100]]) await piotr.locator('#map').click({ position: { x, y } });
		expect(piotr.url()).toMatch(/\/place$/); // no pin request: the clicks only added points
		expect((await piotr.locator('#area').inputValue()).split('\n')).toHaveLength(3);
		await check(piotr, '/my/[id]/place (JavaScript, area)');
		await submit(piotr, piotr.locator('main form button.primary'));
		expect(piotr.url()).toMatch(/\/cost$/);
		await visit(piotr, piotr.url().replace(/\/cost$/, '/check'));
		expect(await piotr.locator('main').textContent()).toContain(b.budgets_area_shown.replace('{n}', '3'));

		// 2. The official rejects it formally with a written reason.
		await visit(official, `/manage/budgets/${NEXT}/projects/${projectId}`);
		await check(official, '/manage/budgets/[edition]/projects/[id]');
		expect(await official.locator('#signatures-missing').count()).toBe(1);
		// A formal acceptance without the required signatures is refused, with the reason on the form.
		await official.getByRole('radio', { name: b.budgets_stage_formal }).check();
		await official.getByRole('radio', { name: b.budgets_positive, exact: true }).check();
		await official.locator('#justification').fill('Wniosek kompletny, projekt w kompetencjach Gminy Kraków.');
		await submit(official, official.locator('form[action="?/verify"] button'));
		expect(await official.locator('.error-summary').textContent()).toContain(b.err_budgets_signatures_missing);
		expect(await official.locator('#positive-error').textContent()).toContain(b.err_budgets_signatures_missing);
		await check(official, '/manage/budgets/[edition]/projects/[id] (signatures missing)');
		await official.getByRole('radio', { name: b.budgets_stage_formal }).check();
		await official.getByRole('radio', { name: b.budgets_negative, exact: true }).check();
		await official.locator('#justification').fill('Rynek Podgórski jest w trakcie przebudowy — brak zgody zarządcy terenu.');
		await submit(official, official.locator('form[action="?/verify"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toContain(core.saved);

		// 3. Anna sees the reason and appeals (no JavaScript).
		await visit(anna, `/budgets/${NEXT}/projects/${projectId}`);
		expect(await anna.locator('main').textContent()).toContain('brak zgody zarządcy');
		expect(await anna.locator('#appeal-deadline').count()).toBe(1);
		expect(await anna.locator('main').textContent()).toContain(before(b.budgets_appeal_until));
		await check(anna, '/projects/[id] (rejected, appeal form)');
		// She was told in the app (and by e-mail), with a link to the project.
		await visit(anna, '/notifications');
		await anna.locator(`main a[href$="/budgets/${NEXT}/projects/${projectId}"]`).first().waitFor();
		expect(await anna.locator('main').textContent()).toContain(before(core.notification_budget_verified));
		await visit(anna, `/budgets/${NEXT}/projects/${projectId}`);
		await anna.locator('#body').fill('Zarząd Zieleni Miejskiej zgodził się na nasadzenia pismem z 3 marca — załączam.');
		await submit(anna, anna.locator('form[action="?/appeal"] button'));
		expect(await anna.locator('main').textContent()).toContain(b.budgets_appeal_sent);
		// A rejected project of hers in another edition: the deadline passed, no appeal is taken.
		await visit(anna, `/budgets/${GREEN}/projects?status=rejected`);
		await submit(anna, anna.getByRole('link', { name: /Doświetlenie przejść/ }));
		expect(await anna.locator('#appeal-late').textContent()).toContain(before(b.budgets_appeal_late));
		expect(await anna.locator('form[action="?/appeal"]').count()).toBe(0);
		await check(anna, '/projects/[id] (appeal deadline passed)');

		// Two residents sign the support list (Olena without JavaScript): now 2 of 2.
		for (const signer of [olena, piotr]) {
			await visit(signer, `/budgets/${NEXT}/projects/${projectId}`);
			await submit(signer, signer.locator('form[action="?/support"] button'));
			expect(await signer.locator('main').textContent()).toContain(b.budgets_supported);
		}
		expect(await piotr.locator('#signatures').textContent()).toBe(b.budgets_signatures_n_of_m.replace('{have}', '2').replace('{required}', '2'));

		// 4. The official opens the appeal page (the decision appealed against with its reason and
		// author, the costs, the place, the history) and upholds it: by Kraków's path the project
		// goes on to the merit assessment, which the official then makes; then voting opens step by step.
		await visit(official, `/manage/budgets/${NEXT}/projects/${projectId}`);
		await follow(official, official.getByRole('link', { name: b.budgets_appeal_open }));
		expect(await official.locator('#decision-reason').textContent()).toContain('brak zgody zarządcy');
		expect(await official.locator('#cost-items tbody tr').count()).toBeGreaterThan(1);
		expect(await official.locator('#history li').count()).toBe(3);
		expect(await official.locator('#upheld-goes-to').textContent()).toContain(b.budgets_appeal_goes_to_merit);
		await check(official, '/manage/budgets/[edition]/appeals/[appeal]');
		await official.getByRole('radio', { name: b.budgets_appeal_accept }).check();
		await official.locator('#decision').fill('Pismo ZZM potwierdza zgodę zarządcy. Projekt przechodzi do oceny merytorycznej.');
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('#assessment-state').textContent()).toBe(b.budgets_state_awaiting_merit);
		await follow(official, official.getByRole('link', { name: b.budgets_appeals_title }).first());
		await check(official, '/manage/budgets/[edition]/appeals');
		await visit(official, `/manage/budgets/${NEXT}/projects/${projectId}`);
		await official.getByRole('radio', { name: b.budgets_stage_merit }).check();
		await official.getByRole('radio', { name: b.budgets_positive, exact: true }).check();
		await official.locator('#justification').fill('Projekt wykonalny w ciągu roku; koszt zgodny z cennikiem ZZM.');
		await submit(official, official.locator('form[action="?/verify"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toContain(core.saved);
		await visit(anna, '/notifications');
		expect(await anna.locator('main').textContent()).toContain(before(core.notification_budget_appeal_decided));
		// Before voting opens the official edits a pool and the green budget (audited).
		await visit(official, `/manage/budgets/${NEXT}/pools`);
		await check(official, '/manage/budgets/[edition]/pools');
		await official.locator('#greenSharePercent').fill('30');
		await submit(official, official.locator('form[action="?/green"] button'));
		expect(await official.locator('main .notice[role=status]').textContent()).toContain(core.saved);
		const poolPage = (await official.getByRole('link', { name: 'Dzielnica XIII Podgórze' }).getAttribute('href'))!;
		await visit(official, poolPage);
		await check(official, '/manage/budgets/[edition]/pools/[pool]');
		await official.locator('#amount').fill('0');
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('.error-summary').count()).toBe(1);
		await official.locator('#amount').fill('1100000');
		await official.locator('#rule').selectOption('greedy');
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('main .notice[role=status]').textContent()).toContain(core.saved);
		await visit(official, `/manage/budgets/${NEXT}`);
		await check(official, '/manage/budgets/[edition]');
		// Each phase change ahead of its date goes through a confirmation page with a reason.
		for (let i = 0; i < 4; i++) {
			await follow(official, official.locator('#next-phase'));
			if (i === 0) {
				await submit(official, official.locator('main form button.primary'));
				expect(await official.locator('.error-summary').textContent()).toContain(b.err_budgets_reason_required);
				await check(official, '/manage/budgets/[edition]/phase/[to] (no reason)');
			}
			await official.locator('#reason').fill('Harmonogram skrócony w teście, za zgodą rady.');
			await submit(official, official.locator('main form button.primary'));
			expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(b.budgets_phase_done);
		}
		expect(await official.locator('#phase-h').textContent()).toContain(b.budgets_phase_voting);
		expect(await official.locator('main').textContent()).toContain(b.err_budgets_rules_frozen);
		// Once voting is open every change is refused, even from a form sent before.
		await visit(official, poolPage);
		expect(await official.locator('#frozen').textContent()).toContain(b.err_budgets_rules_frozen);
		expect(await official.locator('main form button[type=submit]').count()).toBe(0);
		await check(official, '/manage/budgets/[edition]/pools/[pool] (frozen)');
		// The form as it was before voting opened (enabled, with its button), sent now: refused.
		await official.evaluate(() => {
			const f = document.querySelector('main form')!;
			f.querySelector('fieldset')!.disabled = false;
			const button = document.createElement('button');
			button.type = 'submit';
			button.id = 'stale-save';
			button.textContent = 'Zapisz';
			f.append(button);
		});
		await official.locator('#amount').fill('2000000');
		await submit(official, official.locator('#stale-save'));
		expect(await official.locator('.error-summary').textContent()).toContain(b.err_budgets_rules_frozen);
		await visit(official, '/manage/budgets');
		await check(official, '/manage/budgets');

		// The accepted appeal is public on the project page.
		await visit(anna, `/budgets/${NEXT}/projects/${projectId}`);
		expect(await anna.locator('main').textContent()).toContain(b.budgets_appeal_accepted);

		// 5. Anna votes with Kraków's ballot, without JavaScript.
		await visit(anna, `/budgets/${NEXT}/vote`);
		await check(anna, '/vote');
		await anna.getByRole('radio', { name: /Dzielnica XIII Podgórze/ }).check();
		await submit(anna, anna.locator('main form button.primary'));
		await check(anna, '/vote/ballot (krakow)');
		const podgorze = anna.locator('fieldset', { hasText: 'Dzielnica XIII Podgórze' });
		await podgorze.locator('select').first().selectOption({ index: 1 });
		await submit(anna, anna.locator('main form button.primary'));
		expect(new URL(anna.url()).pathname).toBe(`/budgets/${NEXT}/vote/check`);
		await check(anna, '/vote/check');
		await submit(anna, anna.locator('main form button.primary')); // without the declaration
		expect(await anna.locator('.error-summary').textContent()).toContain(b.err_budgets_residence_required);
		await anna.locator('#residence').check();
		await submit(anna, anna.locator('main form button.primary'));
		await check(anna, '/vote/done');
		const receipt = (await anna.locator('.receipt').textContent())!.trim();
		expect(receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		// A replay of the same form gives the same receipt; a second ballot is never created.
		await anna.goBack();
		await anna.goBack();
		if (new URL(anna.url()).pathname.endsWith('/vote/check')) {
			await anna.locator('#residence').check();
			await submit(anna, anna.locator('main form button.primary'));
		}
		await visit(anna, `/budgets/${NEXT}/vote`);
		expect(await anna.locator('main').textContent()).toContain(b.budgets_already_voted);
		await visit(anna, `/budgets/${NEXT}/receipt?code=${receipt}`);
		expect(await anna.locator('main').textContent()).toContain(b.budgets_receipt_stored);
		await check(anna, '/receipt');

		// 6. Piotr votes with an approval ballot (JavaScript on), first with too many projects.
		await visit(piotr, `/budgets/${APPROVAL}/vote`);
		expect(await piotr.locator(`main a.button[href$="/vote/ballot"]`).count()).toBe(1);
		await visit(piotr, `/budgets/${APPROVAL}/vote/ballot`);
		await check(piotr, '/vote/ballot (approval)');
		const boxes = piotr.locator('main input[type=checkbox]');
		for (let i = 0; i < 5; i++) await boxes.nth(i).check();
		await submit(piotr, piotr.locator('main form button.primary'));
		expect(await piotr.locator('.error-summary').textContent()).toContain(b.err_budgets_ballot_too_long);
		await check(piotr, '/vote/ballot (approval, errors)');
		for (let i = 0; i < 5; i++) await boxes.nth(i).setChecked(i < 2);
		await submit(piotr, piotr.locator('main form button.primary'));
		await piotr.locator('#residence').check();
		await submit(piotr, piotr.locator('main form button.primary'));
		expect(await piotr.locator('.receipt').textContent()).toMatch(/[A-Z2-9]{4}-/);
		// ... and with Kraków's ballot in the 2028 edition, for Anna's project.
		await visit(piotr, `/budgets/${NEXT}/vote`);
		await piotr.getByRole('radio', { name: /Dzielnica XIII Podgórze/ }).check();
		await submit(piotr, piotr.locator('main form button.primary'));
		await piotr.locator('fieldset', { hasText: 'Dzielnica XIII Podgórze' }).locator('select').first().selectOption({ index: 1 });
		await submit(piotr, piotr.locator('main form button.primary'));
		await piotr.locator('#residence').check();
		await submit(piotr, piotr.locator('main form button.primary'));
		expect(await piotr.locator('.receipt').count()).toBe(1);

		// 7. The official closes voting; results with explanations and the MES comparison.
		await visit(official, `/manage/budgets/${NEXT}`);
		await follow(official, official.locator('#next-phase'));
		expect(await official.locator('#consequences').textContent()).toContain(before(b.budgets_confirm_counts));
		await check(official, '/manage/budgets/[edition]/phase/results');
		await official.locator('#reason').fill('Zakończenie głosowania w teście end-to-end.');
		await submit(official, official.locator('main form button.primary'));
		await visit(anna, `/budgets/${NEXT}/results`);
		await check(anna, '/results');
		// The summary lists each pool's winners and totals; the explanations are on the pool's page.
		expect(await anna.locator('main ul.winners a', { hasText: 'Cień na Rynku Podgórskim' }).count()).toBe(1);
		await submit(anna, anna.locator('main a[href*="/results/"]', { hasText: 'Dzielnica XIII Podgórze' }));
		const poolResultsPath = new URL(anna.url()).pathname;
		await check(anna, '/results/[pool]');
		const row = anna.locator('tr', { hasText: 'Cień na Rynku Podgórskim' });
		expect(await row.textContent()).toContain(b.budgets_yes_funded);
		expect((await row.locator('td.expl').textContent())!.length).toBeGreaterThan(20);
		expect(await anna.locator('main').textContent()).toContain(b.budgets_rule_mes);
		// Anyone recounts a pool in the browser with the same engine (JavaScript): the lists agree.
		await visit(piotr, poolResultsPath);
		await piotr.getByRole('button', { name: b.budgets_recompute }).first().click();
		await piotr.locator('[role=status]', { hasText: before(b.budgets_recompute_same) }).first().waitFor();
		expect(await piotr.locator('main').textContent()).not.toContain(b.budgets_recompute_different);
		await visit(anna, `/budgets/${NEXT}/receipt?code=${receipt}`);
		expect(await anna.locator('main').textContent()).toContain(b.budgets_receipt_counted);
		// The published Pabulib file holds the two anonymous ballots of the pool.
		const res = await fetch(`${server.url}/api/v1/budgets/${NEXT}/results`);
		const pools = (await res.json()) as { poolId: string; name: string; selectedIds: string[] }[];
		const pool = pools.find((p) => p.name.includes('Podgórze'))!;
		expect(pool.selectedIds).toContain(projectId);
		const pbText = await (await fetch(`${server.url}/api/v1/budgets/${NEXT}/pools/${pool.poolId}/export.pb`)).text();
		expect(pbText).toMatch(/num_votes;2/);
		expect(pbText).not.toMatch(/anna|piotr/i);

		// 8. Implementation update with a call for volunteers; Olena signs up (no JavaScript).
		await visit(official, `/manage/budgets/${NEXT}/projects/${projectId}`);
		await official.locator('#status').selectOption('in_progress');
		await official.locator('#progress').fill('30');
		await official.locator('#department').fill('Zarząd Zieleni Miejskiej');
		await official.locator('#body').fill('Wybrano wykonawcę; sadzenie drzew w październiku.');
		await official.locator('#volunteersWanted').fill('Pomóż sadzić drzewa 12 października o 10:00.');
		await submit(official, official.locator('form[action="?/update"] button'));
		await visit(olena, `/budgets/${NEXT}/projects/${projectId}`);
		expect(await olena.locator('main').textContent()).toContain('sadzenie drzew w październiku');
		await olena.locator('#note').fill('Przyniosę łopatę.');
		await submit(olena, olena.locator('form[action="?/volunteer"] button'));
		expect(await olena.locator('main').textContent()).toContain(b.budgets_volunteered);
		await check(olena, '/projects/[id] (implementation)');
		await visit(olena, `/budgets/${NEXT}/implementation`);
		await check(olena, '/implementation');
		// The update was written in Polish (the official's interface): marked so on /en and /uk (WCAG 3.1.2).
		const updateText = (page: typeof olena) => page.locator('main p.comment-body', { hasText: 'sadzenie drzew w październiku' });
		await visit(olena, `/budgets/${NEXT}/projects/${projectId}`);
		expect(await updateText(olena).getAttribute('lang')).toBeNull();
		for (const locale of ['en', 'uk']) {
			await visit(olena, `/${locale}/budgets/${NEXT}/projects/${projectId}`);
			expect(await updateText(olena).getAttribute('lang'), locale).toBe('pl');
		}

		// 9. Remaining pages and languages.
		const HIST = '/budgets/budzet-obywatelski-krakowa-2024-dane-historyczne';
		// Every results page stays light, even Kraków 2024 (19 pools, ~880 KB on one page before).
		const histSummary = await (await fetch(`${server.url}${HIST}/results`)).text();
		expect(histSummary.length).toBeLessThan(150_000);
		const histPools = [...new Set([...histSummary.matchAll(/href="(\/budgets\/[^"]+\/results\/[^"]+)"/g)].map((x) => x[1]))];
		expect(histPools.length).toBe(19);
		for (const path of histPools) expect((await (await fetch(`${server.url}${path}`)).text()).length).toBeLessThan(250_000);
		for (const path of [`/budgets/${GREEN}`, `/budgets/${GREEN}/projects`, `/en/budgets/${GREEN}`, `/uk/budgets/${GREEN}`, `/uk/budgets/${NEXT}/results`, `/en${poolResultsPath}`, `/uk${poolResultsPath}`, `/en/budgets`, '/budgets/budzet-obywatelski-krakowa-2025-stare-miasto-dane-historyczne/results', `${HIST}/results`, `/en${HIST}/results`, histPools[0], `/en/manage/budgets/${GREEN}/pools`, `/uk/manage/budgets/${GREEN}/pools`, `/manage/budgets/${GREEN}/paper`]) {
			const page = path.includes('/manage/') ? official : olena;
			await visit(page, path);
			await check(page, path);
			// Each project's explanation comes in the reader's language (Ukrainian from the engine too).
			if (path === `/uk${poolResultsPath}`) {
				const texts = await page.locator('td.expl').allTextContents();
				expect(texts.length).toBeGreaterThan(0);
				for (const text of texts) expect(text).toMatch(/[А-Яа-яІіЇїЄє]/);
			}
		}
		console.log(`[budgets e2e] axe passed on ${visited.size} pages: ${[...visited].join(', ')}`);
	});
});
