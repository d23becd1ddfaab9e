// Citizens' panel end to end in Chromium, against the built server: an official sets up a panel
// and quotas (the engine's feasibility check: the "check" button without JavaScript, live with it),
// imports addresses and draws letters; three residents register with the letter codes
// without JavaScript; the selection runs in the worker with a committed seed; a third party's
// "verify" (with JavaScript) reproduces the chosen panel; the panelists hold a vote in which one
// recommendation passes at 80 % and one fails (a session is scheduled as a meeting: the panelist
// finds its meeting page and iCal); the city responds; the CSV twins agree; the monitoring panel is
// drawn by lottery from the pool and posts an assessment; the scorecard updates. axe on every panel page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, signIn, signOut, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, expectAccessible, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

const RESIDENTS = ['anna@demo.decydujemy.pl', 'piotr@demo.decydujemy.pl', 'olena@demo.decydujemy.pl'];
const OFFICIAL = 'urzedniczka@demo.decydujemy.pl';

describe.skipIf(!chromiumAvailable())('citizens’ panel end to end', () => {
	let server: TestServer;
	let nojs: Browser;
	let js: Browser;
	let axe: AxeChecker;
	const checked: string[] = [];
	beforeAll(async () => {
		// E2E_BASE_URL: run against a server that is already running (seeded demo data), for development.
		server = process.env.E2E_BASE_URL ? ({ url: process.env.E2E_BASE_URL, stop: async () => 0 } as unknown as TestServer) : await startServer();
		nojs = await launchBrowser({ javaScriptEnabled: false, baseURL: server.url });
		js = await launchBrowser({ javaScriptEnabled: true, baseURL: server.url });
		axe = createAxeChecker(false);
	});
	afterAll(async () => {
		await axe?.close();
		await nojs?.close();
		await js?.close();
		if (server) await server.stop();
	});

	const started = Date.now();
	const check = async (page: Page, label: string, withJs = false) => {
		checked.push(label);
		if (process.env.E2E_VERBOSE) console.log(`[panels e2e] ${((Date.now() - started) / 1000).toFixed(1)} s: ${label}`);
		if (withJs) await expectAccessible(page, label);
		else await axe.check(page, label);
	};
	const notice = (page: Page) => page.locator('main .notice[role=status]').first().textContent();

	it('runs a panel from setup to the scorecard', async () => {
		const a = nojs.page;
		// --- The public pages of the demo panels.
		await visit(a, '/panels');
		await check(a, '/panels');
		expect(await a.locator('main').textContent()).toContain('Krakowski Panel Klimatyczny 2027');
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'Krakowski Panel Klimatyczny 2027' }).first().click()]);
		expect(await a.locator('main').textContent()).toContain('SYNTETYCZNA');
		await check(a, '/panels/[demo 2027]');
		await visit(a, '/panels');
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'demonstracja w stylu 2021' }).click()]);
		const demoPath = new URL(a.url()).pathname;
		for (const sub of ['', '/draw', '/scorecard']) {
			await visit(a, demoPath + sub);
			await check(a, `${demoPath}${sub} [demo 2021]`);
		}
		await visit(a, `${demoPath}/recommendations/1`);
		await check(a, `${demoPath}/recommendations/1`);
		for (const loc of ['/en', '/uk']) {
			await visit(a, `${loc}${demoPath}/scorecard`);
			await check(a, `${loc}${demoPath}/scorecard`);
		}

		// --- The official sets up a panel and its quotas.
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, '/manage/panels');
		await check(a, '/manage/panels');
		await visit(a, '/manage/panels/new');
		await check(a, '/manage/panels/new');
		const title = `Panel dzielnicowy E2E ${Date.now()}`;
		await a.locator('#title').fill(title);
		await a.locator('#description').fill('Panel testowy: czy zazielenić podwórka w dzielnicy?');
		await a.locator('#size').fill('1');
		await submit(a, a.locator('main form button[type=submit]'));
		// Invalid size: error summary naming the field, the values kept.
		expect(await a.locator('.error-summary a[href="#size"]').count()).toBe(1);
		expect(await a.locator('#title').inputValue()).toBe(title);
		await check(a, '/manage/panels/new (error)');
		await a.locator('#size').fill('2');
		await a.locator('#reserves').fill('1');
		await submit(a, a.locator('main form button[type=submit]'));
		expect(new URL(a.url()).pathname).toMatch(/^\/manage\/panels\/[a-z0-9-]+$/);
		const slug = new URL(a.url()).pathname.split('/').pop()!;
		await check(a, '/manage/panels/[slug]');
		// Gender from the census (district × sex data): K 1–2, M 0–1 for two seats.
		await a.locator('#feature').selectOption('gender');
		await submit(a, a.locator('form[action="?/criterion"] button[type=submit]'));
		expect(await a.locator('#feasibility').textContent()).not.toContain('nie da się');
		expect(await a.locator('table caption', { hasText: 'Płeć' }).count()).toBe(1);
		await check(a, '/manage/panels/[slug] (quotas)');
		// Feasibility without JavaScript: a minimum of 3 women for 2 seats; "check" posts, the engine
		// (worker thread) names the conflict and its smallest relaxation; nothing is saved.
		await a.locator('#q0_min').fill('3');
		await a.locator('#q0_max').fill('3');
		await submit(a, a.locator('form[action="?/quotas"] button[formaction="?/check"]'));
		expect(await a.locator('#feasibility [data-check]').getAttribute('data-check')).toBe('infeasible');
		expect(await a.locator('#feasibility').textContent()).toContain('minima sumują się do 3');
		expect(await a.locator('#feasibility [data-relaxation] li').first().textContent()).toContain('obniż minimum');
		expect(await a.locator('#q0_min').inputValue()).toBe('3');
		await check(a, '/manage/panels/[slug] (feasibility check)');
		await visit(a, `/manage/panels/${slug}`);
		expect(await a.locator('#q0_min').inputValue()).not.toBe('3');
		// The JSON endpoint behind the live check answers 4xx on bad input.
		const bad = await a.request.post(`/manage/panels/${slug}/feasibility`, { data: { quotas: [{ min: 2, max: 1 }, { min: 0, max: 1 }] } });
		expect(bad.status()).toBe(400);
		expect((await bad.json()).fields).toMatchObject({ q0_max: 'max_below_min' });
		// With JavaScript the check follows the edits (debounced).
		const jo = js.page;
		await signIn(jo, OFFICIAL, DEMO_PASSWORD);
		await visit(jo, `/manage/panels/${slug}`);
		// Men 2–2 with women at least 1: three minimums for two seats.
		await jo.locator('#q1_max').fill('2');
		await jo.locator('#q1_min').fill('2');
		await expect.poll(() => jo.locator('#feasibility [data-check]').getAttribute('data-check'), { timeout: 20_000 }).toBe('infeasible');
		expect(await jo.locator('#feasibility').textContent()).toContain('względem wielkości panelu');
		await check(jo, '/manage/panels/[slug] (live feasibility, JS)', true);
		await jo.locator('#q1_min').fill('0');
		await expect.poll(() => jo.locator('#feasibility [data-check]').getAttribute('data-check'), { timeout: 20_000 }).toBe('feasible');
		await jo.locator('#q1_min').fill('1');
		await jo.locator('#q1_max').fill('0');
		await expect.poll(() => jo.locator('#feasibility [data-check]').getAttribute('data-check'), { timeout: 20_000 }).toBe('error');
		await signOut(jo);
		await a.locator('#stage').selectOption('recruitment');
		await submit(a, a.locator('form[action="?/stage"] button[type=submit]'));

		// Addresses (CSV upload) and letters drawn with a public seed.
		await visit(a, `/manage/panels/${slug}/recruitment`);
		await check(a, '/manage/panels/[slug]/recruitment');
		const csv = 'street,postcode,city\n' + ['ul. Lipowa 1', 'ul. Lipowa 2', 'ul. Kalwaryjska 3', 'ul. Limanowskiego 4', 'ul. Wielicka 5'].map((s, i) => `${s},30-55${i},Kraków`).join('\n');
		await a.locator('#file').setInputFiles({ name: 'adresy.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await submit(a, a.locator('form[action="?/import"] button[type=submit]'));
		await a.locator('#count').fill('3');
		await a.locator('#seed').fill('e2e-publiczne-ziarno');
		await submit(a, a.locator('form[action="?/letters"] button[type=submit]'));
		expect(await a.locator('main code').first().textContent()).toBe('e2e-publiczne-ziarno');
		await check(a, '/manage/panels/[slug]/recruitment (letters)');
		const pdf = await a.request.get(`/manage/panels/${slug}/letters.pdf`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		const pdfText = (await pdf.body()).toString('latin1');
		expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
		const codes = [...pdfText.matchAll(/\(([A-Z2-9]{4}-[A-Z2-9]{4})\) Tj/g)].map((x) => x[1]);
		expect(codes).toHaveLength(3);
		await signOut(a);

		// --- Three residents register with their letter codes, without JavaScript.
		const genders = ['K', 'M', 'K'];
		for (let i = 0; i < 3; i++) {
			await signIn(a, RESIDENTS[i], DEMO_PASSWORD);
			await visit(a, `/panels/${slug}`);
			if (i === 0) await check(a, '/panels/[slug] (recruitment)');
			await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'Zgłoś się' }).first().click()]);
			if (i === 0) {
				await check(a, '/panels/[slug]/volunteer (code)');
				await a.locator('#code').fill('ZZZZ-2222');
				await submit(a, a.locator('main form button[type=submit]'));
				expect(await a.locator('.error-summary a[href="#code"]').count()).toBe(1);
				await check(a, '/panels/[slug]/volunteer (bad code)');
			}
			await a.locator('#code').fill(codes[i].toLowerCase());
			await submit(a, a.locator('main form button[type=submit]'));
			if (i === 0) {
				await check(a, '/panels/[slug]/volunteer (details)');
				// Nothing chosen: inline errors and a summary naming each field.
				await a.locator('#availability').fill('');
				await submit(a, a.locator('form[action="?/check"] button[type=submit]'));
				expect(await a.locator('.error-summary a[href="#answer_gender"]').count()).toBe(1);
				expect(await a.locator('.error-summary a[href="#consent"]').count()).toBe(1);
				await check(a, '/panels/[slug]/volunteer (errors)');
			}
			await a.locator(`input[name=answer_gender][value=${genders[i]}]`).check();
			await a.locator('#availability').fill('Soboty i wieczory');
			await a.locator('#consent').check();
			await submit(a, a.locator('form[action="?/check"] button[type=submit]'));
			expect(await a.locator('h1').textContent()).toBe('Sprawdź odpowiedzi');
			if (i === 0) await check(a, '/panels/[slug]/volunteer (check answers)');
			await submit(a, a.locator('button[formaction="?/confirm"]'));
			expect(new URL(a.url()).pathname).toBe(`/panels/${slug}/volunteer/done`);
			expect(await a.locator('h1').textContent()).toBe('Zgłoszenie przyjęte');
			if (i === 0) await check(a, '/panels/[slug]/volunteer/done');
			await signOut(a);
		}

		// --- The official closes the pool, runs the selection (worker), publishes the commitment, draws.
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, `/manage/panels/${slug}/recruitment`);
		expect(await a.locator('main').textContent()).toContain('3');
		await visit(a, `/manage/panels/${slug}/pool`);
		await check(a, '/manage/panels/[slug]/pool');
		await visit(a, `/manage/panels/${slug}/selection`);
		await check(a, '/manage/panels/[slug]/selection');
		await submit(a, a.locator('form[action="?/freeze"] button'));
		await a.locator('#m').fill('10');
		await submit(a, a.locator('form[action="?/start"] button'));
		await check(a, '/manage/panels/[slug]/selection (running)');
		for (let tries = 0; tries < 60; tries++) {
			if ((await a.locator('form[action="?/commit"]').count()) > 0) break;
			const failed = await a.locator('main .notice.warning').count();
			if (failed) throw new Error(`selection failed: ${await a.locator('main .notice.warning').textContent()}`);
			await new Promise((r) => setTimeout(r, 1000));
			await visit(a, `/manage/panels/${slug}/selection`);
		}
		await submit(a, a.locator('form[action="?/commit"] button'));
		const commitment = (await a.locator('code.hash').first().textContent())!.trim();
		expect(commitment).toMatch(/^[0-9a-f]{64}$/);
		// Before the draw the public sees the commitment, the anonymised pool and the m panels, not the seed.
		const before = await (await a.request.get(`/api/v1/panels/${slug}/draw`)).json();
		expect(before).toMatchObject({ status: 'committed', seedCommitment: commitment, seed: null, m: 10 });
		expect(before.pool).toHaveLength(3);
		expect(before.panels).toHaveLength(10);
		// Without a public random input the draw is refused, saying what is missing.
		await submit(a, a.locator('form[action="?/review"] button[type="submit"]'));
		expect(await a.locator('.error-summary, [role="alert"]').first().textContent()).toContain('Wybierz publiczne źródło losowości');
		await check(a, '/manage/panels/[slug]/selection (public input missing)');
		await a.locator('#kind').check();
		await a.locator('#dice').fill('4 2');
		await a.locator('#witnesses').fill('Anna Nowak, Jan Kowalski');
		await submit(a, a.locator('form[action="?/review"] button[type="submit"]'));
		// Check before the draw: the input and the consequences, then the confirmation.
		expect(await a.locator('#review-title').textContent()).toBe('Sprawdź przed losowaniem');
		expect(await a.locator('main').textContent()).toContain('Anna Nowak, Jan Kowalski');
		await check(a, '/manage/panels/[slug]/selection (check before the draw)');
		await submit(a, a.locator('form[action="?/draw"] button'));
		expect(await a.locator('main').textContent()).toMatch(/Wylosowano skład nr \d+ spośród 10/);
		await check(a, '/manage/panels/[slug]/selection (drawn)');
		await signOut(a);

		// --- A third party verifies the draw in the browser (JavaScript).
		const j = js.page;
		await visit(j, `/panels/${slug}/draw`);
		await j.locator('button', { hasText: 'Sprawdź w przeglądarce' }).click();
		await expect.poll(() => j.locator('[data-verify]').getAttribute('data-verify')).toBe('ok');
		await check(j, '/panels/[slug]/draw (verified)', true);
		// The public page names the public input (dice and witnesses), the commitment time and the panel.
		const drawText = (await j.locator('main').textContent()) ?? '';
		expect(drawText).toContain('Świadkowie: Anna Nowak, Jan Kowalski');
		expect(drawText).toContain('Zobowiązanie opublikowano');
		expect(await j.locator('#drawn-panel').count()).toBe(1);
		const after = await (await j.request.get(`/api/v1/panels/${slug}/draw`)).json();
		expect(after.status).toBe('drawn');
		const chosen: number[] = after.panels[after.chosenIndex - 1];
		expect(chosen).toHaveLength(2);

		// --- Who was selected (pool rows follow the registration order).
		const panelists = chosen.map((row) => RESIDENTS[row]);
		const outsider = RESIDENTS.find((r) => !panelists.includes(r))!;
		await signIn(a, outsider, DEMO_PASSWORD);
		await visit(a, `/panels/${slug}/workspace`, (s) => s === 403);
		await visit(a, `/panels/${slug}`);
		expect(await a.locator('main').textContent()).toMatch(/rezerwowej|niewylosowan/);
		await signOut(a);

		// --- Panelists draft two recommendations.
		await signIn(a, panelists[0], DEMO_PASSWORD);
		await visit(a, `/panels/${slug}`);
		expect(await a.locator('main').textContent()).toContain('w wylosowanym składzie panelu');
		await visit(a, `/panels/${slug}/workspace`);
		await check(a, '/panels/[slug]/workspace');
		for (const [t, b] of [
			['Zielone podwórka w każdym kwartale', 'Miasto obsadza drzewami i krzewami podwórka w każdym kwartale dzielnicy.'],
			['Fontanna na każdym placu', 'Na każdym placu w dzielnicy staje fontanna z wodą pitną.']
		]) {
			await a.locator('summary', { hasText: 'Nowy projekt rekomendacji' }).click();
			await a.locator('#title').fill(t);
			await a.locator('#body').fill(b);
			await submit(a, a.locator('form[action="?/draft"] button[type=submit]'));
			expect(await notice(a)).toBeTruthy();
		}
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'Zielone podwórka' }).click()]);
		await check(a, '/panels/[slug]/recommendations/1 (draft)');
		await a.locator('#comment-body').fill('Dodajmy też ławki w cieniu.');
		await submit(a, a.locator('form[action="?/comment"] button[type=submit]'));
		await signOut(a);

		// --- The official schedules a session (a meeting of the panel's process) and opens the vote.
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, `/manage/panels/${slug}/deliberation`);
		await check(a, '/manage/panels/[slug]/deliberation');
		const sessionTitle = `Spotkanie z ekspertami E2E ${Date.now()}`;
		await a.locator('#kind').selectOption('learning');
		await a.locator('#title').fill(sessionTitle);
		await a.locator('#startsAt').fill('2030-05-10T17:00');
		await a.locator('#place').fill('Urząd Miasta Krakowa, sala obrad');
		await submit(a, a.locator('form[action="?/session"] button[type=submit]'));
		expect(await a.locator('main').textContent()).toContain(sessionTitle);
		await submit(a, a.locator('form[action="?/open"] button[type=submit]'));
		await signOut(a);

		// --- A panelist finds the session in the workspace: its meeting page (registered), its iCal.
		await signIn(a, panelists[1], DEMO_PASSWORD);
		await visit(a, `/panels/${slug}/workspace`);
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: `Strona spotkania „${sessionTitle}”` }).click()]);
		expect(new URL(a.url()).pathname).toMatch(/^\/meetings\/[^/]+$/);
		expect(await a.locator('main').textContent()).toContain('Masz miejsce na tym spotkaniu.');
		await check(a, '/meetings/[id] (panel session)');
		const ics = await a.request.get(`${new URL(a.url()).pathname}/calendar.ics`);
		expect(ics.headers()['content-type']).toContain('text/calendar');
		expect(await ics.text()).toContain('SUMMARY:Spotkanie z ekspertami E2E');
		expect(await (await a.request.get('/api/v1/meetings.ics')).text()).toContain(sessionTitle.slice(0, 20));
		await signOut(a);

		// --- Two panelists vote: A 2/2 support (passes), B 1 support 1 oppose (50 %, fails).
		for (let i = 0; i < 2; i++) {
			await signIn(a, panelists[i], DEMO_PASSWORD);
			await visit(a, `/panels/${slug}/workspace`);
			const fs = a.locator('form[action="?/vote"] fieldset');
			await fs.nth(0).locator('input[value=support]').check();
			await fs.nth(1).locator(`input[value=${i === 0 ? 'support' : 'oppose'}]`).check();
			await submit(a, a.locator('form[action="?/vote"] button[type=submit]'));
			expect(await notice(a)).toBe('Twój głos został zapisany.');
			if (i === 0) await check(a, '/panels/[slug]/workspace (voted)');
			await signOut(a);
		}

		// --- The official closes the round, responds and appoints the monitoring panel.
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, `/manage/panels/${slug}/deliberation`);
		await submit(a, a.locator('form[action="?/close"] button[type=submit]'));
		const recs = await (await a.request.get(`/api/v1/panels/${slug}/recommendations`)).json();
		expect(recs.map((r: { passed: boolean; votes: { support: number } }) => [r.passed, r.votes.support])).toEqual([
			[true, 2],
			[false, 1]
		]);
		expect(recs[0].binding).toBe(true);
		await visit(a, `/manage/panels/${slug}/followup`);
		await check(a, '/manage/panels/[slug]/followup');
		await a.locator('#response-1').fill('Miasto przyjmuje rekomendację; nasadzenia w dwóch etapach.');
		await a.locator('#department-1').fill('Zarząd Zieleni Miejskiej');
		await a.locator('#deadline-1').fill('2030-06-30');
		await a.locator('#status-1').selectOption('in_progress');
		await submit(a, a.locator('section', { hasText: 'Zielone podwórka' }).locator('form[action="?/respond"] button[type=submit]'));
		expect(await notice(a)).toBeTruthy();
		// CSV twins of the API lists.
		const recsCsv = await a.request.get(`/api/v1/panels/${slug}/recommendations.csv`);
		expect(recsCsv.headers()['content-type']).toContain('text/csv');
		const recsLines = (await recsCsv.text()).trim().split('\r\n');
		expect(recsLines).toHaveLength(3);
		expect(recsLines[1]).toContain('"Zielone podwórka w każdym kwartale"');
		expect(recsLines[1]).toContain('"Zarząd Zieleni Miejskiej"');
		expect(await (await a.request.get('/api/v1/panels.csv')).text()).toContain(`"${slug}"`);
		// The monitoring panel is drawn by lottery from the pool, with a public seed.
		await a.locator('#count').fill('1');
		await a.locator('#seed').fill('e2e-monitoring');
		await submit(a, a.locator('form[action="?/monitors"] button[type=submit]'));
		expect(await a.locator('main code').first().textContent()).toBe('e2e-monitoring');
		await check(a, '/manage/panels/[slug]/followup (monitors drawn)');
		const monitorName = (await a.locator('ul[data-monitors] li').first().textContent())!.trim();
		const panelApi = await (await a.request.get(`/api/v1/panels/${slug}`)).json();
		expect(panelApi.monitoringDraw).toMatchObject({ seed: 'e2e-monitoring', eligibleRows: [0, 1, 2] });
		expect(panelApi.monitoringDraw.drawnRows).toHaveLength(1);
		await signOut(a);

		// --- The monitoring panel posts an assessment; the scorecard shows the state.
		const monitorEmail = { 'Anna Nowak': RESIDENTS[0], 'Piotr Kowalczyk': RESIDENTS[1], 'Olena Shevchenko': RESIDENTS[2] }[monitorName]!;
		await signIn(a, monitorEmail, DEMO_PASSWORD);
		await visit(a, `/panels/${slug}/scorecard`);
		await a.locator('input[name=rating][value=on_track]').check();
		await a.locator('#body').fill('Nasadzenia ruszyły zgodnie z planem; prosimy o mapę kwartałów.');
		await submit(a, a.locator('form[action="?/assess"] button[type=submit]'));
		expect(await notice(a)).toBe('Ocena została opublikowana.');
		expect(await a.locator('.scorecard .score-in_progress .big').textContent()).toBe('1');
		expect(await a.locator('main').textContent()).toContain('Nasadzenia ruszyły zgodnie z planem');
		expect(await a.locator('[data-monitor-rows]').textContent()).toBe(String(panelApi.monitoringDraw.drawnRows[0]));
		await check(a, '/panels/[slug]/scorecard (assessed)');
		await visit(a, `/panels/${slug}/recommendations/1`);
		expect(await a.locator('main').textContent()).toContain('Zarząd Zieleni Miejskiej');
		await check(a, '/panels/[slug]/recommendations/1 (responded)');
		await signOut(a);
		console.log(`[panels e2e] axe checked ${checked.length} pages`);
	}, 900_000);
});
