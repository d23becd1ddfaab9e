// The resident's journey of the "Done when", run once with JavaScript and once without:
// sign up → verification e-mail (read in the admin's outbox) → verify → sign in → set a district
// → comment on a process → another resident reports it → a moderator hides it with a public
// reason → the author sees the reason on the page and in the notifications. axe on every page.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, signIn, signOut, submit, visit, type Browser } from './browser';
import { createAxeChecker } from './axe';
import { DEMO, DEMO_PASSWORD, type TestServer } from './server';
import { fill, pl, prefix } from './messages';

export async function residentJourney(server: TestServer, javaScriptEnabled: boolean): Promise<void> {
	const tag = javaScriptEnabled ? 'js' : 'nojs';
	const email = `resident-${tag}-${Date.now()}@e2e.decydujemy.test`;
	const password = 'correct-horse-battery-9';
	const name = `Resident ${tag.toUpperCase()}`;
	const commentText = `Więcej drzew przy ulicy, proszę (${tag} ${Date.now()}).`;
	const reason = `Komentarz narusza regulamin: test e2e ${tag}.`;

	let author: Browser | undefined;
	let other: Browser | undefined;
	const visited: string[] = [];
	const axe = createAxeChecker(javaScriptEnabled);
	const t0 = Date.now();
	const check = async (page: Page, label: string) => {
		visited.push(label);
		const t = Date.now();
		await axe.check(page, `${label} [${tag}]`);
		// E2E_TIMING=1 prints the progress of the journey with the time each axe run took.
		if (process.env.E2E_TIMING) console.log(`[e2e ${tag}] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${label} (axe ${Date.now() - t} ms)`);
	};
	try {
		author = await launchBrowser({ javaScriptEnabled, baseURL: server.url });
		other = await launchBrowser({ javaScriptEnabled, baseURL: server.url });
		const a = author.page;
		const b = other.page;

		// Sign up.
		await visit(a, '/signup');
		await check(a, '/signup');
		await a.locator('#name').fill(name);
		await a.locator('#email').fill(email);
		await a.locator('#password').fill(password);
		await submit(a, a.locator('main form button[type=submit]'));
		await expect.poll(() => a.locator('h1').textContent()).toBe(pl.check_email_title);
		await check(a, '/signup (sent)');

		// Signing in before verifying is refused with an explanation.
		await visit(a, '/signin');
		await a.locator('#email').fill(email);
		await a.locator('#password').fill(password);
		await submit(a, a.locator('main form button[type=submit]'));
		expect(new URL(a.url()).pathname).toBe('/signin');
		await expect.poll(() => a.locator('.error-summary').count()).toBe(1);
		await check(a, '/signin (not verified)');

		// The admin reads the verification e-mail in the outbox.
		await signIn(b, server.admin.email, server.admin.password);
		await visit(b, '/admin/outbox');
		await check(b, '/admin/outbox');
		const mail = b.locator('article', { hasText: email }).first();
		const text = (await mail.locator('pre.mail').textContent()) ?? '';
		const link = text.match(/https?:\/\/\S*verify-email\S*/)?.[0];
		expect(link, `verification link in:\n${text}`).toBeTruthy();
		expect(link!.startsWith(server.url)).toBe(true);

		// Open the link: verified, sent on to the sign-in page.
		await visit(a, link!);
		expect(new URL(a.url()).pathname).toBe('/signin');
		expect(new URL(a.url()).searchParams.get('verified')).toBe('1');
		await expect.poll(() => a.locator('main .notice').textContent()).toBe(pl.email_verified);
		await check(a, '/signin?verified=1');

		await signIn(a, email, password);
		expect(new URL(a.url()).pathname).toBe('/');

		// The account page: district by the select, then by coordinates (JS) or the map (no JS).
		await visit(a, '/account');
		await check(a, '/account');
		await a.locator('#districtId').selectOption('5');
		await submit(a, a.locator('form[action="?/profile"] button[type=submit]'));
		await expect.poll(() => a.locator('main .notice').first().textContent()).toBe(pl.profile_saved);
		await check(a, '/account (saved)');
		await visit(a, '/account');
		expect(await a.locator('#districtId').inputValue()).toBe('5');

		if (javaScriptEnabled) {
			// "Find your district": the Main Market Square lies in district I, Stare Miasto.
			await a.locator('#lat').fill('50.0617');
			await a.locator('#lon').fill('19.9373');
			await submit(a, a.locator('form[action="?/locate"] button[type=submit]'));
			await expect.poll(() => a.locator('main .notice').first().textContent()).toBe(fill(pl.district_found, { name: 'Stare Miasto' }));
			expect(await a.locator('#districtId').inputValue()).toBe('1');
			await check(a, '/account (located)');
			await submit(a, a.locator('form[action="?/profile"] button[type=submit]'));
			await expect.poll(() => a.locator('main .notice').first().textContent()).toBe(pl.profile_saved);
			await visit(a, '/account');
			expect(await a.locator('#districtId').inputValue()).toBe('1');
		} else {
			// The SVG map of districts is made of links: pick district XIII, Podgórze.
			await Promise.all([a.waitForURL(/\/account\?district=13$/), a.locator('svg.district-map a[aria-label^="XIII "]').click()]);
			await expect.poll(() => a.locator('main .notice').first().textContent()).toBe(pl.district_picked_on_map);
			expect(await a.locator('#districtId').inputValue()).toBe('13');
			await check(a, '/account?district=13');
			await submit(a, a.locator('form[action="?/profile"] button[type=submit]'));
			await expect.poll(() => a.locator('main .notice').first().textContent()).toBe(pl.profile_saved);
			await visit(a, '/account');
			expect(await a.locator('#districtId').inputValue()).toBe('13');
		}

		// Open a process from the home page and comment on it.
		await visit(a, '/');
		await check(a, '/ (signed in)');
		const first = a.locator('section[aria-labelledby="open-now"] ul.cards a').first();
		const processPath = await first.getAttribute('href');
		const processTitle = (await first.textContent())?.trim();
		expect(processPath).toMatch(/^\/processes\/[a-z0-9-]+$/);
		await Promise.all([a.waitForURL((u) => u.pathname === processPath), first.click()]);
		await expect.poll(() => a.locator('h1').textContent()).toBe(processTitle);
		await check(a, processPath!);
		await a.locator('#body').fill(commentText);
		await submit(a, a.locator('section[aria-labelledby="discussion"] > form button[type=submit]'));
		await expect.poll(() => a.locator('section[aria-labelledby="discussion"] .notice').first().textContent()).toBe(pl.comment_added);
		await expect.poll(() => a.locator('article.comment', { hasText: commentText }).count()).toBe(1);
		await check(a, `${processPath} (commented)`);

		// Another resident reports it through the "report abuse" form.
		await signOut(b);
		await signIn(b, DEMO.resident, DEMO_PASSWORD);
		await visit(b, processPath!);
		const reported = b.locator('article.comment', { hasText: commentText });
		await reported.locator('summary', { hasText: pl.report_abuse }).click();
		await reported.locator('textarea[name=reason]').fill('Obraźliwy język wobec sąsiadów.');
		await check(b, `${processPath} (report form open)`);
		await submit(b, reported.locator('form[action="?/report"] button[type=submit]'));
		await expect.poll(() => b.locator('section[aria-labelledby="discussion"] .notice').first().textContent()).toBe(pl.report_sent);

		// The moderator hides it with a public reason.
		await signOut(b);
		await signIn(b, DEMO.moderator, DEMO_PASSWORD);
		await visit(b, '/moderation');
		await check(b, '/moderation');
		const queued = b.locator('main article', { hasText: commentText });
		await expect.poll(() => queued.count()).toBe(1);
		await queued.locator('textarea[name=reason]').fill(reason);
		await submit(b, queued.locator('form[action="?/hide"] button[type=submit]'));
		await expect.poll(() => b.locator('main .notice').first().textContent()).toBe(pl.comment_was_hidden);
		expect(await b.locator('main article', { hasText: commentText }).count()).toBe(0);
		await check(b, '/moderation (hidden)');

		// The author sees the reason on the process page and in the notifications.
		await visit(a, processPath!);
		const hidden = a.locator('article.comment.hidden').filter({ hasText: reason });
		await expect.poll(() => hidden.count()).toBe(1);
		expect(await hidden.textContent()).toContain(pl.comment_hidden_notice);
		await check(a, `${processPath} (hidden comment)`);
		await visit(a, '/notifications');
		await expect.poll(() => a.locator('main').textContent()).toContain(fill(pl.notification_comment_hidden, { reason }));
		expect(await a.locator('main').textContent()).toContain(prefix(pl.notification_comment_hidden));
		await check(a, '/notifications');

		// Anyone else sees that a comment was hidden and why, but not the hidden text.
		await signOut(b);
		await visit(b, processPath!);
		const publicView = b.locator('article.comment.hidden').filter({ hasText: reason });
		await expect.poll(() => publicView.count()).toBe(1);
		expect(await publicView.textContent()).not.toContain(commentText);
	} catch (e) {
		const pages = visited.length ? `\nPages checked before the failure: ${visited.join(', ')}` : '';
		if (e instanceof Error) e.message += pages;
		throw e;
	} finally {
		await author?.close();
		await other?.close();
		await axe.close();
	}
}
