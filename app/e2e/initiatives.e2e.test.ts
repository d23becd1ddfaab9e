// Issue 15, local initiative end to end in Chromium: a resident (without JavaScript) applies for
// a group, one question per page with errors named per field, checks the answers and gets a
// confirmation; an official (with JavaScript) finds the application from the workspace, assesses
// it criterion by criterion, approves it on a confirmation page and prepares the agreement; the
// pool goes down; the group accepts the agreement; the official signs and records a payment; the
// group posts progress with a photo and sends the final report (checked before sending); the
// official accepts it and the unspent money goes back to the pool. The register, its filters and
// the open data (JSON, CSV, OpenAPI) carry the demo data. axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, hydrated, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { demoPng } from '../src/lib/server/initiatives/demoImage';

assertBuilt();

const t = JSON.parse(readFileSync(fileURLToPath(new URL('../messages/initiatives/pl.json', import.meta.url)), 'utf8')) as Record<string, string>;
const core = JSON.parse(readFileSync(fileURLToPath(new URL('../messages/core/pl.json', import.meta.url)), 'utf8')) as Record<string, string>;
const before = (s: string) => s.split('{')[0];
const DAY = 86_400_000;
const day = (d: number) => new Date(Date.now() + d * DAY).toISOString().slice(0, 10);
/** "12 345,67 zł" → grosze (the pool's figures as the page shows them). */
const grosze = (text: string | null) => Math.round(Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.')) * 100);

describe.skipIf(!chromiumAvailable())('local initiative, end to end', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const axeNoJs: AxeChecker = createAxeChecker(false);
	const axeJs: AxeChecker = createAxeChecker(true);
	const noJs = new WeakSet<Page>();
	const visited: string[] = [];
	const check = async (page: Page, label: string) => {
		visited.push(label);
		await (noJs.has(page) ? axeNoJs : axeJs).check(page, label);
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
	const api = async (path: string) => fetch(`${server.url}${path}`);
	/** Follows a link by clicking it (with JavaScript SvelteKit's router navigates in the page). */
	const follow = async (page: Page, link: ReturnType<Page['locator']>) => {
		if (noJs.has(page)) return submit(page, link);
		const target = new URL((await link.getAttribute('href'))!, page.url());
		await Promise.all([page.waitForURL((u) => u.pathname === target.pathname), link.click()]);
		await hydrated(page);
	};

	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		for (const br of browsers) await br.close();
		await axeNoJs.close();
		if (server) await server.stop();
	});

	it('runs an initiative from the application to the final report, the pool going down', { timeout: 900_000 }, async () => {
		const programmes = (await (await api('/api/v1/initiatives/programmes')).json()) as { slug: string; open: boolean; pool: { left: number; committed: number; paidOut: number } }[];
		const current = programmes.find((p) => p.open)!;
		expect(current).toBeTruthy();
		const slug = current.slug;
		const anna = await open(false);
		const official = await open(true);
		await signIn(anna, DEMO.resident, DEMO_PASSWORD);
		await signIn(official, DEMO.official, DEMO_PASSWORD);

		// The public page with the pool, then the programme page.
		await visit(anna, '/initiatives');
		await check(anna, '/initiatives');
		const leftAtStart = grosze(await anna.locator('[data-pool-left]').first().textContent());
		expect(leftAtStart).toBe(Math.round(current.pool.left * 100));
		await visit(anna, `/initiatives/${slug}`);
		await check(anna, '/initiatives/[programme]');

		// 1. What: an empty form names each field.
		await submit(anna, anna.locator(`main a.button[href$="/initiatives/${slug}/apply"]`));
		await check(anna, '/apply');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('.error-summary li').count()).toBe(3);
		expect(await anna.locator('.error-summary').textContent()).toContain(t.err_initiatives_theme_required);
		await check(anna, '/apply (errors)');
		await anna.locator('#title').fill('Ogród deszczowy przy Rynku Podgórskim <script>alert(1)</script>');
		await anna.locator('#description').fill('Niecka z roślinami zatrzyma wodę z rur spustowych kamienicy, zamiast zalewać chodnik po burzy.');
		await anna.getByRole('radio', { name: new RegExp(t.initiatives_theme_rain_water) }).check();
		await anna.locator('#beneficiaries').fill('Mieszkańcy kamienicy i przechodnie');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/my\/[^/]+\/place$/);
		const id = anna.url().split('/my/')[1]!.split('/')[0]!;
		await check(anna, '/my/[id]/place');

		// 2. Where: the map is an <input type="image">, a click places the pin without JavaScript;
		// coordinates may be typed with a decimal comma.
		await submit(anna, anna.locator('#map'));
		expect(await anna.locator('main .notice[role=status]').textContent()).toContain(before(t.initiatives_pin_at));
		await anna.locator('#lat').fill('50,0436');
		await anna.locator('#lng').fill('19,9567');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('#placeDescription-error').textContent()).toContain(t.err_initiatives_place_required);
		await check(anna, '/my/[id]/place (errors)');
		await anna.locator('#placeDescription').fill('Podwórko kamienicy przy Rynku Podgórskim');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/when$/);
		await check(anna, '/my/[id]/when');

		// 3. When.
		await anna.locator('#startsOn').fill(day(30));
		await anna.locator('#endsOn').fill(day(20));
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('#endsOn-error').textContent()).toContain(t.err_initiatives_dates_order);
		await anna.locator('#endsOn').fill(day(75));
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/group$/);
		await check(anna, '/my/[id]/group');

		// 4. The group: named people.
		await anna.locator('#fullName').fill('Halina');
		await submit(anna, anna.locator('form[action="?/addMember"] button'));
		expect(await anna.locator('#fullName-error').textContent()).toContain(t.err_initiatives_member_name);
		await check(anna, '/my/[id]/group (errors)');
		for (const name of ['Halina Mazur', 'Krzysztof Wójcik']) {
			await anna.locator('#fullName').fill(name);
			await submit(anna, anna.locator('form[action="?/addMember"] button'));
			expect(await anna.locator('main .notice[role=status]').textContent()).toContain(name);
		}
		expect(await anna.locator('ul.members li').count()).toBe(3);
		await submit(anna, anna.locator('main a.button[href$="/contribution"]'));
		await check(anna, '/my/[id]/contribution');

		// 5. The contribution: amounts as people type them.
		await anna.locator('#workHours').fill('120');
		await anna.locator('#workDescription').fill('Wykop niecki, sadzenie roślin, pielęgnacja przez rok.');
		await anna.locator('#goodsValue').fill('tysiąc');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('#goodsValue-error').textContent()).toContain(core.err_number_format);
		expect(await anna.locator('#workHours').inputValue()).toBe('120'); // what was typed stays
		await check(anna, '/my/[id]/contribution (errors)');
		await anna.locator('#goodsValue').fill('1 500');
		await anna.locator('#goodsDescription').fill('Rośliny z ogródków sąsiadów i narzędzia.');
		await anna.locator('#moneyAmount').fill('300,50');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/request$/);
		await check(anna, '/my/[id]/request');

		// 6. What the group asks of the city.
		await anna.locator('#requestedAmount').fill('12 000');
		await anna.locator('#cityTasks').fill('Przełożenie rur spustowych, żwir, podłoże i 80 roślin.');
		await submit(anna, anna.locator('main form button.primary'));
		expect(anna.url()).toMatch(/\/check$/);
		await check(anna, '/my/[id]/check');

		// 7. Check your answers, the declaration, the confirmation.
		const answers = (await anna.locator('dl.answers').textContent())!;
		for (const s of ['Halina Mazur', 'Krzysztof Wójcik', '12\u00a0000\u00a0zł', '300,50\u00a0zł', '120 godz.']) expect(answers).toContain(s);
		await submit(anna, anna.locator('form[action="?/submit"] button'));
		expect(await anna.locator('#declaration-error').textContent()).toContain(t.err_initiatives_declaration_required);
		await check(anna, '/my/[id]/check (declaration missing)');
		await anna.locator('input[name=declaration]').check();
		await submit(anna, anna.locator('form[action="?/submit"] button'));
		expect(anna.url()).toMatch(/\/submitted$/);
		const number = (await anna.locator('.number').textContent())!.trim();
		expect(number).toMatch(/^IL\/\d{4}\/\d+$/);
		await check(anna, '/my/[id]/submitted');
		// User text is escaped: the title shows as typed.
		await visit(anna, `/initiatives/${slug}/applications/${id}`);
		expect(await anna.locator('h1').textContent()).toContain('<script>');
		await check(anna, '/applications/[id] (submitted)');

		// 8. The official reaches it by clicking from the workspace, and assesses it.
		await visit(official, '/manage');
		await check(official, '/manage');
		// The workspace counts the new application among those waiting for assessment.
		const toAssess = official.locator(`section[data-process="${slug}"] li[data-waiting="initiatives_work_to_assess"] a`);
		expect(await toAssess.textContent()).toMatch(/^4 /);
		await follow(official, toAssess);
		await check(official, '/manage/initiatives/[programme]');
		expect(await official.locator('#to_assess').textContent()).toContain(before(t.initiatives_queue_to_assess));
		await follow(official, official.locator(`#to_assess ~ .table-wrap a[href$="/applications/${id}"]`));
		await check(official, '/manage/initiatives/[programme]/applications/[id]');
		const scores = official.locator('input[name^="score."]');
		expect(await scores.count()).toBe(4);
		await scores.nth(0).fill('11');
		await submit(official, official.locator('form[action="?/assess"] button'));
		expect(await official.locator('.error-summary').textContent()).toContain(t.err_initiatives_score_range);
		await check(official, '/manage/…/applications/[id] (assessment errors)');
		const points = ['8', '7', '9', '9'];
		for (let i = 0; i < 4; i++) {
			await official.locator('input[name^="score."]').nth(i).fill(points[i]);
			await official.locator('textarea[name^="justification."]').nth(i).fill(`Uzasadnienie kryterium ${i + 1}: wniosek dobrze przygotowany.`);
		}
		await submit(official, official.locator('form[action="?/assess"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_assessment);
		await follow(official, official.locator(`main a.button[href$="/applications/${id}/decide"]`));
		await check(official, '/manage/…/decide');
		await official.getByRole('radio', { name: t.initiatives_decision_approve }).check();
		expect(await official.locator('#amount').inputValue()).toBe('12\u00a0000');
		await official.locator('#justification').fill('Wniosek spełnia kryteria uchwały; duży wkład pracy sąsiadów.');
		await submit(official, official.locator('form[action="?/preview"] button'));
		const consequences = (await official.locator('main .notice.warning').textContent())!;
		expect(consequences).toContain(before(t.initiatives_decide_pool_change));
		await check(official, '/manage/…/decide (confirm)');
		await submit(official, official.locator('form[action="?/confirm"] button.primary'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_decision);

		// The pool went down by the approved amount, for everyone.
		await visit(anna, `/initiatives/${slug}`);
		expect(grosze(await anna.locator('[data-pool-left]').textContent())).toBe(leftAtStart - 1_200_000);

		// 9. The agreement: prepared by the city (the application's figures filled in), accepted by
		// the group, signed by the city.
		await official.locator('#groupTasks').fill('Wykop niecki, sadzenie roślin, pielęgnacja przez rok, tablica informacyjna.');
		await official.locator('#cityAmount').fill('11 500');
		await submit(official, official.locator('form[action="?/agreement"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_agreement);
		await check(official, '/manage/…/applications/[id] (agreement prepared)');
		await visit(anna, `/initiatives/${slug}/applications/${id}`);
		expect(await anna.locator('#assessment-h').count()).toBe(1); // the group sees the assessment
		expect(await anna.locator('main').textContent()).toContain('Uzasadnienie kryterium 3');
		await check(anna, '/applications/[id] (approved)');
		await submit(anna, anna.locator(`main a.button[href$="/applications/${id}/agreement"]`));
		await check(anna, '/applications/[id]/agreement');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('main .notice[role=status]').textContent()).toBe(t.initiatives_done_accepted);
		await visit(official, `/manage/initiatives/${slug}/applications/${id}`);
		await check(official, '/manage/…/applications/[id] (to sign)');
		await submit(official, official.locator('form[action="?/sign"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_signed);
		// The signed amount (11 500 zł) holds the pool's place now; the approved rest came back.
		await visit(anna, `/initiatives/${slug}`);
		expect(grosze(await anna.locator('[data-pool-left]').textContent())).toBe(leftAtStart - 1_150_000);

		// 10. Progress: the city pays an invoice, the group posts an update with a photo.
		await official.locator('#amount').fill('7 000,50');
		await official.locator('#description').fill('Faktura: żwir, podłoże i rośliny');
		await submit(official, official.locator('form[action="?/payment"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_payment);
		await check(official, '/manage/…/applications/[id] (in progress)');
		await visit(anna, `/initiatives/${slug}/applications/${id}`);
		await submit(anna, anna.locator(`main a.button[href$="/applications/${id}/update"]`));
		await check(anna, '/applications/[id]/update');
		await anna.locator('#body').fill('Niecka wykopana, rury przełożone, posadziliśmy 80 roślin.');
		await anna.locator('#photo').setInputFiles({ name: 'ogrod.png', mimeType: 'image/png', buffer: demoPng({ trees: 5 }) });
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('#alt-error').textContent()).toContain(t.err_initiatives_alt_required);
		await check(anna, '/applications/[id]/update (errors)');
		await anna.locator('#photo').setInputFiles({ name: 'ogrod.png', mimeType: 'image/png', buffer: demoPng({ trees: 5 }) });
		await anna.locator('#alt').fill('Ogród deszczowy z młodymi roślinami na podwórku kamienicy');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('main .notice[role=status]').textContent()).toBe(t.initiatives_done_update);
		const photo = anna.locator('main img[alt="Ogród deszczowy z młodymi roślinami na podwórku kamienicy"]');
		expect(await photo.count()).toBe(1);
		expect((await api((await photo.getAttribute('src'))!)).headers.get('content-type')).toBe('image/png');
		await check(anna, '/applications/[id] (in progress)');

		// 11. The final report: the form, the check, the confirmation.
		await submit(anna, anna.locator(`main a.button[href$="/applications/${id}/report"]`));
		await check(anna, '/applications/[id]/report');
		await anna.locator('#summary').fill('Ogród deszczowy działa: 22 m², 80 roślin; woda z dachu zostaje na podwórku.');
		await anna.locator('#participants').fill('23');
		await anna.locator('#workHoursDelivered').fill('131');
		await submit(anna, anna.locator('main form button.primary'));
		expect(await anna.locator('dl.answers').textContent()).toContain('131 godz.');
		await check(anna, '/applications/[id]/report (check)');
		await submit(anna, anna.locator('form[action="?/send"] button.primary'));
		expect(anna.url()).toMatch(/\/report\/sent$/);
		await check(anna, '/applications/[id]/report/sent');

		// 12. The city accepts the report: completed, and only what was paid stays committed.
		await visit(official, `/manage/initiatives/${slug}/applications/${id}`);
		await check(official, '/manage/…/applications/[id] (report to review)');
		await official.getByRole('radio', { name: t.initiatives_verdict_accept }).check();
		await submit(official, official.locator('form[action="?/review"] button'));
		expect(await official.locator('main .notice[role=status]').first().textContent()).toBe(t.initiatives_saved_review);
		await visit(anna, `/initiatives/${slug}/applications/${id}`);
		expect(await anna.locator('main').textContent()).toContain(t.initiatives_next_step_completed);
		expect(await anna.locator('#report-h').count()).toBe(1);
		await check(anna, '/applications/[id] (completed)');
		await visit(anna, `/initiatives/${slug}`);
		expect(grosze(await anna.locator('[data-pool-left]').textContent())).toBe(leftAtStart - 700_050);
		const after = ((await (await api('/api/v1/initiatives/programmes')).json()) as typeof programmes).find((p) => p.slug === slug)!;
		expect(after.pool).toMatchObject({ committed: current.pool.committed + 7000.5, paidOut: current.pool.paidOut + 7000.5, left: current.pool.left - 7000.5 });

		// The group was told of each decision, with links back to the application.
		await visit(anna, '/notifications');
		expect(await anna.locator(`main a[href$="/applications/${id}"]`).count()).toBe(3);
		await visit(anna, '/initiatives/mine');
		expect(await anna.locator('main').textContent()).toContain(number);
		await check(anna, '/initiatives/mine');

		// 13. The register: filters by district and theme, climate marked; the other languages.
		await visit(anna, '/initiatives?district=13&climate=true');
		expect(await anna.locator('main table').textContent()).toContain(number);
		await check(anna, '/initiatives?district=13&climate=true');
		await visit(anna, '/initiatives?district=99');
		expect(await anna.locator('.error-summary').textContent()).toContain(t.err_initiatives_filter_district);
		await visit(anna, '/initiatives?theme=culture');
		expect(await anna.locator('main table').count()).toBe(0);
		for (const path of ['/en/initiatives', `/uk/initiatives/${slug}`, `/en/initiatives/${slug}/applications/${id}`]) {
			await visit(anna, path);
			await check(anna, path);
		}
		await visit(official, `/uk/manage/initiatives/${slug}`);
		await check(official, '/uk/manage/initiatives/[programme]');
		await visit(official, `/manage/initiatives/${slug}/criteria`);
		await check(official, '/manage/initiatives/[programme]/criteria (frozen)');
		await visit(official, '/manage');
		await follow(official, official.locator('main a[data-tool="initiatives:programmes"]'));
		await check(official, '/manage/initiatives');
		await follow(official, official.locator('main a[href$="/manage/initiatives/new"]'));
		await submit(official, official.locator('main form button.primary'));
		expect(await official.locator('#poolAmount-error').textContent()).toContain(t.err_initiatives_amount_required);
		await check(official, '/manage/initiatives/new (errors)');
		console.log(`[initiatives e2e] axe on ${visited.length} pages`);
	});

	it('GET /api/v1/initiatives returns the demo data, in JSON and CSV, described in the OpenAPI document', async () => {
		const rows = (await (await api('/api/v1/initiatives')).json()) as { number: string; status: string; climate: boolean; districtId: number; groupSize: number }[];
		expect(rows.length).toBeGreaterThanOrEqual(12);
		expect(new Set(rows.map((r) => r.status))).toEqual(expect.objectContaining(new Set(['submitted', 'approved', 'rejected', 'withdrawn', 'in_progress', 'report_submitted', 'completed'])));
		expect(new Set(rows.map((r) => r.districtId)).size).toBeGreaterThanOrEqual(10);
		expect(JSON.stringify(rows)).not.toMatch(/Halina|Mazur/); // no names of group members
		const climate = (await (await api('/api/v1/initiatives?climate=true&district=16')).json()) as typeof rows;
		expect(climate.length).toBeGreaterThan(0);
		expect(climate.every((r) => r.climate && r.districtId === 16)).toBe(true);
		const bad = await api('/api/v1/initiatives?district=19&status=draft');
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({ fields: { district: 'initiatives_filter_district', status: 'initiatives_filter_status' } });
		const csv = await api('/api/v1/initiatives.csv');
		expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
		const bytes = Buffer.from(await csv.arrayBuffer());
		expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x22]); // one byte-order mark, then the header
		const text = bytes.toString('utf8').slice(1);
		expect(text.split('\r\n')[0]).toContain('"number"');
		expect(text.split('\r\n').length).toBeGreaterThanOrEqual(rows.length + 1);
		const doc = (await (await api('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
		expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/initiatives', '/api/v1/initiatives.csv', '/api/v1/initiatives/{id}', '/api/v1/initiatives/programmes']));
		const one = await api(`/api/v1/initiatives/${rows[0] ? (rows as unknown as { id: string }[])[0].id : 'x'}`);
		expect(one.status).toBe(200);
		expect((await api('/api/v1/initiatives/nope')).status).toBe(404);
	});
});
