// Citizens' panel recruitment off-line, in Chromium against the built server, without JavaScript
// for the staff forms: the official draws letters, registers one volunteer by phone (consent read
// aloud, letter code), imports a second from a paper-form CSV (a faulty file first: errors by line
// and column, nothing stored), and a resident registers online with the third code; a duplicate
// code is refused naming the field. A second wave of letters goes to one district and the resident
// registers online with its code. The official then draws with dice and an outsider's check in
// the browser (JavaScript) still confirms the draw. axe on every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, signIn, signOut, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, expectAccessible, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

const RESIDENT = 'anna@demo.decydujemy.pl';
const OFFICIAL = 'urzedniczka@demo.decydujemy.pl';

describe.skipIf(!chromiumAvailable())('citizens’ panel: registrations by phone, paper and online', () => {
	let server: TestServer;
	let nojs: Browser;
	let js: Browser;
	let axe: AxeChecker;
	beforeAll(async () => {
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
	const check = (page: Page, label: string) => axe.check(page, label);
	const notice = async (page: Page) => (await page.locator('main .notice[role=status]').first().textContent()) ?? '';
	const summary = async (page: Page) => (await page.locator('.error-summary').first().textContent()) ?? '';

	it('registers by phone, from a paper-form CSV and online, then draws with dice; the outsider’s check confirms it', async () => {
		const a = nojs.page;
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, '/manage/panels/new');
		await a.locator('#title').fill(`Panel telefoniczny E2E ${Date.now()}`);
		await a.locator('#description').fill('Panel testowy: zgłoszenia telefoniczne, papierowe i online.');
		await a.locator('#size').fill('2');
		await a.locator('#reserves').fill('1');
		await submit(a, a.locator('main form button[type=submit]'));
		const slug = new URL(a.url()).pathname.split('/').pop()!;
		await a.locator('#feature').selectOption('gender');
		await submit(a, a.locator('form[action="?/criterion"] button[type=submit]'));
		await a.locator('#stage').selectOption('recruitment');
		await submit(a, a.locator('form[action="?/stage"] button[type=submit]'));

		// Letters to three of six households (districts XI–XIII).
		await visit(a, `/manage/panels/${slug}/recruitment`);
		const addresses = 'street,postcode,city,district\n' + ['ul. Lipowa 1', 'ul. Kalwaryjska 3', 'ul. Limanowskiego 4', 'ul. Wielicka 5', 'ul. Józefińska 6', 'ul. Rękawka 7'].map((s, i) => `${s},30-55${i},Kraków,${(i % 3) + 11}`).join('\n');
		await a.locator('#file').setInputFiles({ name: 'adresy.csv', mimeType: 'text/csv', buffer: Buffer.from(addresses) });
		await submit(a, a.locator('form[action="?/import"] button[type=submit]'));
		await a.locator('#count').fill('3');
		await a.locator('#seed').fill('e2e-ziarno-telefon');
		await submit(a, a.locator('form[action="?/letters"] button[type=submit]'));
		const pdfText = (await (await a.request.get(`/manage/panels/${slug}/letters.pdf`)).body()).toString('latin1');
		const codes = [...pdfText.matchAll(/\(([A-Z2-9]{4}-[A-Z2-9]{4})\) Tj/g)].map((x) => x[1]);
		expect(codes).toHaveLength(3);
		await check(a, '/manage/panels/[slug]/recruitment (assisted links)');

		// --- By phone: reached from the recruitment page by a link, no typed URL.
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'Przyjmij zgłoszenie telefoniczne' }).first().click()]);
		expect(new URL(a.url()).pathname).toBe(`/manage/panels/${slug}/register`);
		await check(a, '/manage/panels/[slug]/register');
		await submit(a, a.locator('form[action="?/check"] button[type=submit]'));
		for (const f of ['channel', 'consent_kind', 'code', 'name', 'phone', 'answer_gender', 'availability']) expect(await a.locator(`.error-summary a[href="#${f}"]`).count(), f).toBe(1);
		await check(a, '/manage/panels/[slug]/register (errors)');
		const phoneForm = async (code: string) => {
			await a.locator('input[name=channel][value=phone]').check();
			await a.locator('#place').fill('Centrum Aktywności Seniora');
			await a.locator('#code').fill(code);
			await a.locator('#name').fill('Janina Telefoniczna');
			await a.locator('#phone').fill('+48 600 100 200');
			await a.locator('input[name=answer_gender][value=M]').check();
			await a.locator('#availability').fill('Soboty rano');
			await a.locator('input[name=consent_kind][value=read_aloud]').check();
			await submit(a, a.locator('form[action="?/check"] button[type=submit]'));
		};
		await phoneForm(codes[0]);
		expect(await a.locator('h1').textContent()).toBe('Sprawdź odpowiedzi');
		const checkText = (await a.locator('main').textContent()) ?? '';
		expect(checkText).toContain('Telefonicznie — Centrum Aktywności Seniora');
		expect(checkText).toContain('Odczytana na głos i przyjęta');
		await check(a, '/manage/panels/[slug]/register (check answers)');
		await submit(a, a.locator('button[formaction="?/confirm"]'));
		expect(await notice(a)).toContain('Zgłoszenie zapisane');
		await check(a, '/manage/panels/[slug]/register (saved)');
		// The same letter code again: refused, naming the code.
		await phoneForm(codes[0]);
		expect(await a.locator('.error-summary a[href="#code"]').textContent()).toContain('już wykorzystany');

		// --- Paper forms: a faulty file first (nothing stored), then the right one.
		await Promise.all([a.waitForEvent('load'), a.locator('main a', { hasText: 'Importuj formularze papierowe' }).first().click()]);
		expect(new URL(a.url()).pathname).toBe(`/manage/panels/${slug}/paper-import`);
		await check(a, '/manage/panels/[slug]/paper-import');
		const header = 'nr_formularza;kod;imie_nazwisko;telefon;adres_korespondencyjny;gender;dostepnosc';
		const faulty = `${header}\nP-17;${codes[1]};Zofia Papierowa;;ul. Kalwaryjska 3, 30-551 Kraków;K;Wtorki\nP-18;${codes[0]};Ktoś;;;X;`;
		await a.locator('#file').setInputFiles({ name: 'formularze.csv', mimeType: 'text/csv', buffer: Buffer.from(faulty) });
		await submit(a, a.locator('form[action="?/preview"] button[type=submit]'));
		const problems = (await a.locator('main table').first().textContent()) ?? '';
		expect(problems).toContain('kod');
		expect(problems).toContain('już wykorzystany');
		expect(problems).toContain('telefon');
		expect(await a.locator('form[action="?/confirm"]').count()).toBe(0);
		await check(a, '/manage/panels/[slug]/paper-import (problems)');
		const good = `\uFEFF${header}\nP-17;${codes[1]};Zofia Papierowa;;ul. Kalwaryjska 3, 30-551 Kraków;Kobieta;Wtorki`;
		await a.locator('#file').setInputFiles({ name: 'formularze.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
		await submit(a, a.locator('form[action="?/preview"] button[type=submit]'));
		expect(await a.locator('main').textContent()).toContain('Zofia Papierowa');
		await check(a, '/manage/panels/[slug]/paper-import (preview)');
		await submit(a, a.locator('form[action="?/confirm"] button[type=submit]'));
		expect(await notice(a)).toContain('Zapisano 1 zgłoszenie');
		await check(a, '/manage/panels/[slug]/paper-import (imported)');
		await visit(a, `/manage/panels/${slug}/pool`);
		const pool = (await a.locator('main').textContent()) ?? '';
		expect(pool).toContain('Janina Telefoniczna');
		expect(pool).toContain('Formularz papierowy');
		await check(a, '/manage/panels/[slug]/pool (assisted)');

		// --- A second wave of letters to one district that still has households without a letter.
		await visit(a, `/manage/panels/${slug}/recruitment`);
		const districtLabels = a.locator('#districts label');
		const districtTexts = (await districtLabels.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
		const withHouseholdsLeft = districtTexts.findIndex((t) => /bez listu: [1-9]/.test(t));
		expect(withHouseholdsLeft, districtTexts.join(' | ') || ((await a.locator('main').textContent()) ?? '').slice(0, 2000)).toBeGreaterThanOrEqual(0);
		await districtLabels.nth(withHouseholdsLeft).locator('input').check();
		await a.locator('#wave_count').fill('1');
		await a.locator('#wave_seed').fill('e2e-fala-2');
		await submit(a, a.locator('form[action="?/wave"] button[type=submit]'));
		expect(await notice(a)).toContain('Fala 2');
		const waves = (await a.locator('main section[aria-labelledby="waves-h"]').textContent()) ?? '';
		expect(waves).toContain('e2e-fala-2');
		await check(a, '/manage/panels/[slug]/recruitment (second wave)');
		await submit(a, a.locator('form[action="?/feasibility"] button[type=submit]'));
		expect(await a.locator('#feasibility').textContent()).toBeTruthy();
		await check(a, '/manage/panels/[slug]/recruitment (feasibility with today’s pool)');
		const wave2 = (await (await a.request.get(`/manage/panels/${slug}/letters.pdf?wave=2`)).body()).toString('latin1');
		const waveCodes = [...wave2.matchAll(/\(([A-Z2-9]{4}-[A-Z2-9]{4})\) Tj/g)].map((x) => x[1]);
		expect(waveCodes).toHaveLength(1);
		expect(codes).not.toContain(waveCodes[0]);
		await signOut(a);

		// --- Online, with the second wave's code.
		await signIn(a, RESIDENT, DEMO_PASSWORD);
		await visit(a, `/panels/${slug}/volunteer?code=${waveCodes[0]}`);
		await a.locator('input[name=answer_gender][value=K]').check();
		await a.locator('#availability').fill('Wieczory');
		await a.locator('#consent').check();
		await submit(a, a.locator('form[action="?/check"] button[type=submit]'));
		await submit(a, a.locator('button[formaction="?/confirm"]'));
		expect(new URL(a.url()).pathname).toBe(`/panels/${slug}/volunteer/done`);
		await signOut(a);

		// --- The draw with dice, as in the panels e2e.
		await signIn(a, OFFICIAL, DEMO_PASSWORD);
		await visit(a, `/manage/panels/${slug}/selection`);
		await submit(a, a.locator('form[action="?/freeze"] button'));
		await a.locator('#m').fill('10');
		await submit(a, a.locator('form[action="?/start"] button'));
		for (let tries = 0; tries < 90; tries++) {
			if ((await a.locator('form[action="?/commit"]').count()) > 0) break;
			if (await a.locator('main .notice.warning').count()) throw new Error(`selection failed: ${await a.locator('main .notice.warning').textContent()}`);
			await new Promise((r) => setTimeout(r, 1000));
			await visit(a, `/manage/panels/${slug}/selection`);
		}
		await submit(a, a.locator('form[action="?/commit"] button'));
		const before = await (await a.request.get(`/api/v1/panels/${slug}/draw`)).json();
		expect(before.pool).toHaveLength(3);
		await a.locator('#kind').check();
		await a.locator('#dice').fill('6 1 3');
		await a.locator('#witnesses').fill('Anna Nowak, Jan Kowalski');
		await submit(a, a.locator('form[action="?/review"] button[type="submit"]'));
		await submit(a, a.locator('form[action="?/draw"] button'));
		expect(await a.locator('main').textContent()).toMatch(/Wylosowano skład nr \d+ spośród 10/);
		await signOut(a);

		const j = js.page;
		await visit(j, `/panels/${slug}/draw`);
		await j.locator('button', { hasText: 'Sprawdź w przeglądarce' }).click();
		await expect.poll(() => j.locator('[data-verify]').getAttribute('data-verify')).toBe('ok');
		await expectAccessible(j, '/panels/[slug]/draw (verified, phone and paper volunteers in the pool)');
	}, 600_000);
});
