// A brand-new official, from nothing to their workspace, without JavaScript and without typing an
// address after the first page: a resident's account exists; the admin gives it the official role
// on /admin, then opens the budget edition from the workspace and puts the person in charge of
// it; the new official signs in and finds the edition's tools at /manage. Then the admin takes the
// edition away again, and the official no longer sees it. axe on every page.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, follow, launchBrowser, signIn, signOut, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, type AxeChecker } from './support/axe';
import { ADMIN, assertBuilt, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { ACCOUNTS, prepareDataDir } from './support/roles';

assertBuilt();

const EDITION = 'zielony-budzet-krakowa-2027';
/** The resident the matrix's fixtures add (a panelist of the 2027 panel, no staff role). */
const NEWCOMER = { email: ACCOUNTS.panelist, name: 'Panelistka Testowa' };

describe.skipIf(!chromiumAvailable())('a new official is given the role and an edition by the admin', () => {
	let server: TestServer;
	let dataDir: string;
	let browser: Browser;
	let axe: AxeChecker;
	let page: Page;

	beforeAll(async () => {
		({ dataDir } = await prepareDataDir());
		server = await startServer({ dataDir });
		browser = await launchBrowser({ baseURL: server.url, javaScriptEnabled: false });
		page = browser.page;
		axe = createAxeChecker(false);
	});
	afterAll(async () => {
		await axe?.close();
		await browser?.close();
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	const editionTools = () => page.locator(`main a[href$="/manage/budgets/${EDITION}"]`);

	it('the admin makes the resident an official and puts them in charge of the edition; they find it at /manage', async () => {
		// Before: the resident has no workspace.
		await signIn(page, NEWCOMER.email, DEMO_PASSWORD);
		expect((await page.goto('/manage'))?.status()).toBe(403);
		await signOut(page);

		// The admin: the role on /admin.
		await signIn(page, ADMIN.email, ADMIN.password);
		await visit(page, '/admin');
		await axe.check(page, '/admin');
		await page.locator('#q').fill(NEWCOMER.email);
		await submit(page, page.locator('main form[method="GET"] button'));
		const row = page.locator('main tbody tr', { hasText: NEWCOMER.email });
		await row.locator('select[name="role"]').selectOption('official');
		await submit(page, row.locator('button[type="submit"]'));
		expect(await page.locator('main .notice[role="status"]').allTextContents()).toContain('Rola zapisana.');

		// The edition, from the admin's workspace: "Zarządzaj procesem", then "Osoby prowadzące proces".
		await follow(page, page.locator('header a[href$="/manage"]').first());
		await axe.check(page, '/manage (admin)');
		const card = page.locator('main section, main li, main article').filter({ has: page.locator(`a[href$="/manage/budgets/${EDITION}"]`) }).first();
		await follow(page, card.locator('a', { hasText: 'Zarządzaj procesem' }).first());
		expect(new URL(page.url()).pathname).toBe(`/manage/processes/${EDITION}`);
		await axe.check(page, `/manage/processes/${EDITION}`);
		expect(await page.locator('#officials').textContent()).toBe('Osoby prowadzące proces');
		await page.locator('#official-user').selectOption({ label: `${NEWCOMER.name} (${NEWCOMER.email})` });
		await submit(page, page.locator('form[action="?/assign"] button'));
		expect(await page.locator('main .notice[role="status"]').allTextContents()).toContain('Zapisano osoby prowadzące proces.');
		expect(await page.locator('form[action="?/unassign"]', { hasText: NEWCOMER.email }).count()).toBe(1);
		await axe.check(page, `/manage/processes/${EDITION} (assigned)`);
		await signOut(page);

		// The new official: the edition and its tools at /manage.
		await signIn(page, NEWCOMER.email, DEMO_PASSWORD);
		await follow(page, page.locator('header a[href$="/manage"]').first());
		await axe.check(page, '/manage (new official)');
		expect(await editionTools().count()).toBeGreaterThan(0);
		await follow(page, editionTools().first());
		expect(new URL(page.url()).pathname).toBe(`/manage/budgets/${EDITION}`);
		await signOut(page);
	});

	it('the admin takes the edition away; the official no longer sees it; both steps are in the audit log', async () => {
		await signIn(page, ADMIN.email, ADMIN.password);
		await visit(page, `/manage/processes/${EDITION}`);
		await submit(page, page.locator('form[action="?/unassign"]', { hasText: NEWCOMER.email }).locator('button'));
		expect(await page.locator('form[action="?/unassign"]', { hasText: NEWCOMER.email }).count()).toBe(0);
		await visit(page, '/manage/audit');
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).toContain('Przypisanie urzędnika do procesu');
		expect(text).toContain('Odłączenie urzędnika od procesu');
		await signOut(page);

		await signIn(page, NEWCOMER.email, DEMO_PASSWORD);
		await visit(page, '/manage');
		expect(await editionTools().count()).toBe(0);
		expect((await page.goto(`/manage/budgets/${EDITION}`))?.status()).toBe(403);
	});
});
