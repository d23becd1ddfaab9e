// Issue 15 (NGO cooperation), end to end in Chromium: organisations register (without
// JavaScript: the error summary and inline errors for a NIP with a wrong check digit), add a
// representative, are verified by an official reached from /manage by clicking; "My organisation"
// in the header. axe on every page, in pl/en/uk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, hydrated, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

if (!process.env.NGO_E2E_URL) assertBuilt();

type Messages = Record<string, string | unknown[]>;
const load = (dir: string, locale: string): Messages => JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/${dir}/${locale}.json`, import.meta.url)), 'utf8'));
const o = load('organisations', 'pl') as Record<string, string>;
const text = (key: string) => o[key];
const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
const OLENA = 'olena@demo.decydujemy.pl';

describe.skipIf(!chromiumAvailable())('NGO cooperation, end to end', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const visited: string[] = [];
	const checkers = new Map<Page, AxeChecker>();
	const check = async (page: Page, label?: string) => {
		const l = label ?? new URL(page.url()).pathname + new URL(page.url()).search;
		visited.push(l);
		await checkers.get(page)!.check(page, l);
	};
	const open = async (js: boolean) => {
		const br = await launchBrowser({ javaScriptEnabled: js, baseURL: server.url });
		browsers.push(br);
		checkers.set(br.page, createAxeChecker(js));
		return br.page;
	};
	const notice = (page: Page) => page.locator('main .notice[role=status]').first().textContent();
	/** Follows a link by clicking it (with JavaScript a client-side navigation, without a page load). */
	const clickLink = async (page: Page, name: string | RegExp, scope = 'main') => {
		const link = page.locator(scope).getByRole('link', { name, exact: typeof name === 'string' }).first();
		const target = new URL((await link.getAttribute('href'))!, page.url()).href;
		await Promise.all([page.waitForURL(target), link.click()]);
		await page.waitForLoadState('load');
		await hydrated(page);
	};

	beforeAll(async () => {
		const external = process.env.NGO_E2E_URL;
		server = external ? ({ url: external, port: Number(new URL(external).port), admin: { email: '', password: '' }, logs: () => '', stop: async () => 0 } as TestServer) : await startServer();
	});
	afterAll(async () => {
		for (const ch of checkers.values()) await ch.close();
		for (const br of browsers) await br.close();
		if (server) await server.stop();
	});

	it('organisations: register without JavaScript, add a representative, verified by an official', { timeout: 600_000 }, async () => {
		try {
			const olena = await open(false);
			const official = await open(true);
			await signIn(olena, OLENA, DEMO_PASSWORD);
			await signIn(official, DEMO.official, DEMO_PASSWORD);
			const name = `Fundacja Zielone Podwórka ${Date.now()}`;

			// The public register, filtered, and a profile.
			await visit(olena, '/organisations?area=climate&district=13');
			await check(olena);
			expect(await olena.locator('main').textContent()).toContain('Fundacja Deszczówka');
			expect(await olena.locator('main').textContent()).not.toContain('Towarzystwo Przyjaciół Łąk Nowohuckich');
			await clickLink(olena, 'Fundacja Deszczówka');
			await check(olena);
			expect(await olena.locator('main').textContent()).toContain('677-080-23-07');

			// Registering: a NIP with a wrong check digit and no kind are named in the summary and inline.
			await clickLink(olena, 'Organizacje pozarządowe i partnerzy');
			await clickLink(olena, text('organisations_register'));
			await check(olena);
			await olena.locator('#name').fill(name);
			await olena.locator('#nip').fill('677-080-23-08');
			await olena.locator('input[name=areas][value=climate]').check();
			await olena.locator('input[name=districts][value="2"]').check();
			await submit(olena, olena.locator('main form button.primary'));
			const summary = await olena.locator('.error-summary').textContent();
			expect(summary).toContain(text('err_organisations_nip_check_digit'));
			expect(await olena.locator('.error-summary a[href="#kind"]').count()).toBe(1);
			expect(await olena.locator('#nip-error').textContent()).toContain(text('err_organisations_nip_check_digit'));
			// Nothing typed is lost, checkboxes included.
			expect(await olena.locator('#name').inputValue()).toBe(name);
			expect(await olena.locator('input[name=districts][value="2"]').isChecked()).toBe(true);
			await check(olena, '/organisations/new (errors)');
			await olena.locator('#kind').selectOption('foundation');
			await olena.locator('#nip').fill('679-832-88-54');
			await olena.locator('#krs').fill('0000350281');
			await olena.locator('#description').fill('Zielone podwórka w Kleparzu: donice, pnącza, beczki na deszczówkę.');
			await submit(olena, olena.locator('main form button.primary'));
			expect(new URL(olena.url()).pathname).toMatch(/^\/organisations\/fundacja-zielone-podworka-\d+\/workspace$/);
			expect(await olena.locator('main .notice[role=status] h2').textContent()).toBe(text('organisations_registered_title'));
			await check(olena);
			const slug = new URL(olena.url()).pathname.split('/')[2];

			// A representative is added by e-mail (an unknown address is refused with a clear message).
			await clickLink(olena, text('organisations_ws_people'));
			await check(olena);
			await olena.locator('#email').fill('nikt@example.org');
			await submit(olena, olena.locator('form[action="?/add"] button'));
			expect(await olena.locator('.error-summary').textContent()).toContain(text('err_organisations_no_such_account'));
			await olena.locator('#email').fill(DEMO.resident);
			await submit(olena, olena.locator('form[action="?/add"] button'));
			expect(await notice(olena)).toBe(text('organisations_member_added'));
			expect(await olena.locator('main table').textContent()).toContain('Anna Nowak');
			await check(olena, `/organisations/${slug}/workspace/people (added)`);

			// The official reaches the verification queue from /manage by clicking and verifies it.
			await visit(official, '/manage');
			await clickLink(official, text('organisations_manage_title'));
			await check(official);
			await clickLink(official, name);
			await check(official);
			await submit(official, official.locator('main form button.primary'));
			expect(await notice(official)).toBe(text('organisations_verified_done'));

			// Olena is told, and finds the organisation from "My organisation" in the header.
			await visit(olena, '/notifications');
			expect(await olena.locator('main').textContent()).toContain(fill(load('core', 'pl').notification_organisation_verified as string, { name }));
			await clickLink(olena, text('organisations_my'), 'header');
			await check(olena);
			await clickLink(olena, name);
			await clickLink(olena, text('organisations_ws_profile'));
			await check(olena);

			for (const path of ['/en/organisations', `/uk/organisations/${slug}`, '/en/my/organisations']) {
				await visit(olena, path);
				await check(olena, path);
			}
			const api = await (await olena.request.get(`/api/v1/organisations/${slug}`)).json();
			expect(api).toMatchObject({ name, nip: '6798328854', krs: '0000350281', verified: true, districts: [2] });
			expect(JSON.stringify(api)).not.toContain('Anna Nowak');
			const csv = await (await olena.request.get('/api/v1/organisations.csv?q=Zielone%20Podw')).text();
			expect(csv).toContain(name);
		} catch (e) {
			if (e instanceof Error) e.message += `\nPages checked before the failure: ${visited.join(', ')}`;
			throw e;
		}
	});
});
