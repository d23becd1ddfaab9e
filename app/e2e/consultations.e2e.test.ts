// Issue 6, end to end in Chromium: an official creates a consultation with a survey and a
// meeting; residents answer the survey (one without JavaScript, with the error summary and the
// check-your-answers page), comment on a paragraph, drop a map pin and register for the meeting
// (the last seat goes, the next resident joins the waiting list); a partner records a session;
// the official groups submissions into a theme and answers it; the comment's author is notified;
// the report is published with charts and its figures match what was submitted (page, JSON and
// PDF); a participant answers the evaluation. axe on every page, in pl/en/uk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, signIn, submit, visit, type Browser } from './support/browser';
import { createAxeChecker, type AxeChecker } from './support/axe';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

if (!process.env.CONSULTATIONS_E2E_URL) assertBuilt();

const load = (dir: string, locale: string): Record<string, string> => JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/${dir}/${locale}.json`, import.meta.url)), 'utf8'));
const c = load('consultations', 'pl');
const core = load('core', 'pl');
const fill = (text: string, v: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
const PIOTR = 'piotr@demo.decydujemy.pl';
const OLENA = 'olena@demo.decydujemy.pl';

/** 'YYYY-MM-DDTHH:MM' for a datetime-local input, days from now (UTC is close enough). */
const local = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

describe.skipIf(!chromiumAvailable())('consultations, end to end', () => {
	let server: TestServer;
	const browsers: Browser[] = [];
	const visited: string[] = [];
	// axe cannot run in a page without JavaScript: the no-JS checker mirrors the DOM (support/axe.ts).
	const checkers = new Map<Page, AxeChecker>();
	const check = async (page: Page, label: string) => {
		visited.push(label);
		await checkers.get(page)!.check(page, label);
	};
	const open = async (js: boolean) => {
		const br = await launchBrowser({ javaScriptEnabled: js, baseURL: server.url });
		browsers.push(br);
		checkers.set(br.page, createAxeChecker(js));
		return br.page;
	};
	const step = (n: string) => {
		if (process.env.CONSULTATIONS_E2E_VERBOSE) console.log(`[consultations e2e] step ${n}`);
	};
	const notice = (page: Page) => page.locator('main .notice[role=status]').first().textContent();

	beforeAll(async () => {
		const external = process.env.CONSULTATIONS_E2E_URL;
		server = external ? ({ url: external, port: Number(new URL(external).port), admin: { email: 'admin@demo.decydujemy.pl', password: process.env.CONSULTATIONS_E2E_ADMIN_PASSWORD ?? '' }, logs: () => '', stop: async () => 0 } as TestServer) : await startServer();
	});
	afterAll(async () => {
		for (const ch of checkers.values()) await ch.close();
		for (const br of browsers) await br.close();
		if (server) await server.stop();
	});

	it('runs a consultation from set-up to report and evaluation', { timeout: 1_200_000 }, async () => {
		try {
			const official = await open(true);
			const anna = await open(false); // a resident without JavaScript
			const olena = await open(true);
			const piotr = await open(true);
			await signIn(official, DEMO.official, DEMO_PASSWORD);
			await signIn(anna, DEMO.resident, DEMO_PASSWORD);
			await signIn(olena, OLENA, DEMO_PASSWORD);
			await signIn(piotr, PIOTR, DEMO_PASSWORD);
			const title = `Konsultacje e2e: zieleń przy szkołach ${Date.now()}`;

			step('1');
			// 1. The official creates the consultation process and publishes it.
			await visit(official, '/manage/processes/new');
			await official.locator('#mechanism').selectOption('consultation');
			await official.locator('#title').fill(title);
			await official.locator('#description').fill('Gdzie przy szkołach posadzić drzewa i zrobić ogrody deszczowe?');
			await official.locator('#scopeDecided').fill('Budżet programu na 2027 rok.');
			await official.locator('#scopeOpen').fill('Wybór szkół i rodzaj zieleni.');
			await official.locator('#scopeWhoDecides').fill('Zarząd Zieleni Miejskiej.');
			await official.locator('#scopeWhen').fill('Odpowiedź w raporcie w ciągu 30 dni.');
			await submit(official, official.locator('main form[action="?/save"] button[type=submit]'));
			const slug = new URL(official.url()).pathname.split('/').pop()!;
			expect(slug).toMatch(/^konsultacje-e2e/);
			await official.locator('#status').selectOption('published');
			await submit(official, official.locator('form[action="?/status"] button[type=submit]'));

			step('2');
			// 2. Settings: dates below the minimum are refused with an inline error; then valid ones.
			const manage = `/manage/consultations/${slug}`;
			await visit(official, manage);
			await check(official, manage);
			for (const f of ['survey', 'document', 'map', 'meetings', 'partners']) await official.locator(`input[name=forms][value=${f}]`).check();
			await official.locator('input[name=targetDistricts][value="13"]').check();
			await official.locator('input[name=targetAgeBands][value="60_74"]').check();
			await official.locator('#infoStartsAt').fill(local(-3));
			await official.locator('#startsAt').fill(local(-1));
			await official.locator('#endsAt').fill(local(10));
			await official.locator('#reportDueAt').fill(local(40));
			await submit(official, official.locator('main form button.primary'));
			await expect.poll(() => official.locator('.error-summary').textContent()).toContain(c.err_information_too_short);
			expect(await official.locator('.error-summary a[href="#endsAt"]').count()).toBe(1);
			await check(official, `${manage} (errors)`);
			await official.locator('#infoStartsAt').fill(local(-9));
			await official.locator('#endsAt').fill(local(25));
			await submit(official, official.locator('main form button.primary'));
			expect(await notice(official)).toBe(core.saved);

			step('3');
			// 3. The survey builder: a required choice, a conditional text and a scale.
			await visit(official, `${manage}/survey`);
			await check(official, `${manage}/survey`);
			const addQuestion = async (q: { kind: string; prompt: string; options?: string; required?: boolean; condition?: [string, string] }) => {
				await official.locator('#kind').selectOption(q.kind);
				await official.locator('#prompt').fill(q.prompt);
				if (q.options) await official.locator('#options').fill(q.options);
				if (q.required) await official.locator('input[name=required]').check();
				if (q.condition) {
					await official.locator('#conditionQuestionId').selectOption({ label: q.condition[0] });
					await official.locator('#conditionValue').fill(q.condition[1]);
				}
				await submit(official, official.locator('form[action="?/add"] button[type=submit]'));
				expect(await notice(official)).toBe(c.consultations_question_added);
			};
			await addQuestion({ kind: 'single', prompt: 'Czy przy Twojej szkole latem jest za gorąco?', options: 'Tak\nNie', required: true });
			await addQuestion({ kind: 'short_text', prompt: 'Przy której szkole?', condition: ['Czy przy Twojej szkole latem jest za gorąco?', 'Tak'] });
			await addQuestion({ kind: 'scale', prompt: 'Jak ważna jest dla Ciebie zieleń przy szkołach?', required: true });
			await check(official, `${manage}/survey (3 questions)`);

			step('4');
			// 4. The document and a meeting with one seat; a partner is authorised.
			await visit(official, `${manage}/document`);
			await official.locator('#heading').fill('1. Drzewa przy szkołach');
			await official.locator('#body').fill('Przy każdej szkole podstawowej posadzimy co najmniej pięć drzew dających cień.');
			await submit(official, official.locator('form[action="?/add"] button[type=submit]'));
			expect(await notice(official)).toBe(c.consultations_paragraph_added);
			await check(official, `${manage}/document`);
			await visit(official, `${manage}/meetings`);
			await check(official, `${manage}/meetings`);
			await official.locator('#title').fill('Warsztat: zielone boiska');
			await official.locator('#format').check();
			await official.locator('#place').fill('Centrum Obywatelskie, ul. Reymonta 20');
			await official.locator('#startsAt').fill(local(5));
			await official.locator('#endsAt').fill(local(5.1));
			await official.locator('#capacity').fill('1');
			await submit(official, official.locator('main form button.primary'));
			const meetingHref = await official.locator('main .notice a').getAttribute('href');
			expect(meetingHref).toMatch(/^\/meetings\//);
			await visit(official, `${manage}/partners`);
			await official.locator('#name').fill('Klub Seniora „Pod Lipami”');
			await official.locator('#kind').selectOption('senior_centre');
			await official.locator('#email').fill(PIOTR);
			await submit(official, official.locator('main form button.primary'));
			expect(await notice(official)).toBe(c.consultations_partner_authorised);
			await check(official, `${manage}/partners`);

			step('5');
			// 5. Anna answers without JavaScript: the error summary, then check-your-answers, then the receipt.
			const pub = `/consultations/${slug}`;
			await visit(anna, pub);
			await check(anna, pub);
			await visit(anna, `${pub}/survey`);
			await check(anna, `${pub}/survey`);
			await submit(anna, anna.locator('form[action="?/review"] button[type=submit]'));
			const summary = anna.locator('.error-summary');
			await expect.poll(() => summary.count()).toBe(1);
			expect(await summary.textContent()).toContain(c.err_answer_required);
			expect(await summary.locator('a').count()).toBe(2);
			await check(anna, `${pub}/survey (errors)`);
			await anna.locator('fieldset', { hasText: 'Czy przy Twojej szkole' }).locator('input[value="Tak"]').check();
			await anna.locator('fieldset', { hasText: 'Przy której szkole?' }).locator('input[type=text]').fill('SP 34 na Zabłociu');
			await anna.locator('fieldset', { hasText: 'Jak ważna' }).locator('input[value="5"]').check();
			await submit(anna, anna.locator('form[action="?/review"] button[type=submit]'));
			await expect.poll(() => anna.locator('h1').textContent()).toBe(c.consultations_check_answers);
			expect(await anna.locator('dl.check-answers').textContent()).toContain('SP 34 na Zabłociu');
			await check(anna, `${pub}/survey (check answers)`);
			await submit(anna, anna.locator('form[action="?/submit"] button[type=submit]'));
			expect(new URL(anna.url()).pathname).toBe(`${pub}/survey/done`);
			expect(await anna.locator('.receipt').textContent()).toMatch(/^[0-9A-F]{10}$/);
			await check(anna, `${pub}/survey/done`);
			await visit(anna, `${pub}/survey`);
			expect(await notice(anna)).toBe(c.consultations_survey_already);

			// Olena answers with JavaScript ("Nie": the conditional question is dropped).
			await visit(olena, `${pub}/survey`);
			// With JavaScript the conditional question appears only while its condition holds.
			const conditional = olena.locator('fieldset', { hasText: 'Przy której szkole?' });
			await expect.poll(() => conditional.isHidden()).toBe(true);
			await olena.locator('fieldset', { hasText: 'Czy przy Twojej szkole' }).locator('input[value="Tak"]').check();
			await expect.poll(() => conditional.isVisible()).toBe(true);
			await olena.locator('fieldset', { hasText: 'Czy przy Twojej szkole' }).locator('input[value="Nie"]').check();
			await expect.poll(() => conditional.isHidden()).toBe(true);
			await olena.locator('fieldset', { hasText: 'Jak ważna' }).locator('input[value="3"]').check();
			await submit(olena, olena.locator('form[action="?/review"] button[type=submit]'));
			await submit(olena, olena.locator('form[action="?/submit"] button[type=submit]'));
			expect(new URL(olena.url()).pathname).toBe(`${pub}/survey/done`);

			step('6');
			// 6. Anna comments on the paragraph and drops a pin (coordinates, no JavaScript).
			const comment = `Przy SP 34 brakuje cienia na boisku (${Date.now()}).`;
			await visit(anna, `${pub}/document`);
			await check(anna, `${pub}/document`);
			await anna.locator('section.paragraph details summary').first().click();
			await anna.locator('section.paragraph textarea[name=body]').first().fill(comment);
			await submit(anna, anna.locator('section.paragraph form[action="?/comment"] button.primary').first());
			expect(await notice(anna)).toBe(core.comment_added);
			await expect.poll(() => anna.locator('article.comment', { hasText: comment }).count()).toBe(1);
			// Olena supports Anna's comment.
			await visit(olena, `${pub}/document`);
			await submit(olena, olena.locator('article.comment', { hasText: comment }).locator('form[action="?/support"] button'));
			expect(await notice(olena)).toBe(c.consultations_support_saved);
			expect(await olena.locator('article.comment', { hasText: comment }).locator('.supports').textContent()).toBe(fill(c.consultations_supports_n, { n: 1 }));
			await check(olena, `${pub}/document (supported)`);

			await visit(anna, `${pub}/map`);
			await check(anna, `${pub}/map`);
			await anna.locator('#topic').selectOption('heat');
			await anna.locator('#lat').fill('52.2297'); // Warsaw: refused
			await anna.locator('#lon').fill('21.0122');
			await anna.locator('#body').fill('Rozgrzane boisko bez drzew.');
			await submit(anna, anna.locator('form[action="?/pin"] button[type=submit]'));
			expect(await anna.locator('.error-summary').textContent()).toContain(core.err_outside_krakow);
			await check(anna, `${pub}/map (error)`);
			await anna.locator('#lat').fill('50.0475');
			await anna.locator('#lon').fill('19.9600');
			await submit(anna, anna.locator('form[action="?/pin"] button[type=submit]'));
			expect(await notice(anna)).toBe(c.consultations_pin_added);
			await expect.poll(() => anna.locator('ol.pins li', { hasText: 'Rozgrzane boisko bez drzew.' }).count()).toBe(1);
			expect(await anna.locator('ol.pins li', { hasText: 'Rozgrzane boisko' }).textContent()).toContain('Podgórze');
			await visit(anna, `${pub}/map?topic=energy`);
			expect(await anna.locator('ol.pins li').count()).toBe(0);

			step('7');
			// 7. The meeting: Anna takes the last seat; Olena joins the waiting list.
			await visit(anna, meetingHref!);
			await check(anna, meetingHref!);
			await submit(anna, anna.locator('form[action="?/register"] button'));
			expect(await notice(anna)).toBe(c.meetings_registered_ok);
			await visit(olena, meetingHref!);
			expect(await olena.locator('form[action="?/register"] button').textContent()).toBe(c.meetings_join_waiting);
			await submit(olena, olena.locator('form[action="?/register"] button'));
			expect(await notice(olena)).toBe(c.meetings_waiting_ok);
			expect(await olena.locator('.status-line').textContent()).toBe(fill(c.meetings_you_are_waiting, { n: 1 }));
			await check(olena, `${meetingHref} (waiting)`);
			const ics = await olena.request.get(`${meetingHref}/calendar.ics`);
			expect(ics.headers()['content-type']).toContain('text/calendar');
			expect(await ics.text()).toContain('SUMMARY:Warsztat: zielone boiska');

			step('8');
			// 8. The partner records a session.
			await visit(piotr, `${pub}/partner`);
			await check(piotr, `${pub}/partner`);
			await piotr.locator('#title').fill('Rozmowa w Klubie Seniora');
			await piotr.locator('#heldAt').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
			await piotr.locator('#participants').fill('14');
			await piotr.locator('#districtId').selectOption('13');
			await piotr.locator('#ageBand').selectOption('75_plus');
			await piotr.locator('#notes').fill('Seniorzy chcą ławek w cieniu przy szkołach, gdzie czekają na wnuki.');
			await submit(piotr, piotr.locator('main form button.primary'));
			await expect.poll(() => piotr.locator('h1').textContent()).toBe(c.consultations_session_recorded);
			await check(piotr, `${pub}/partner (recorded)`);

			step('9');
			// 9. The official groups the submissions into a theme and answers it.
			await visit(official, `${manage}/answers`);
			await check(official, `${manage}/answers`);
			await official.locator('#title').fill('Cień przy szkołach');
			await submit(official, official.locator('form[action="?/theme"] button'));
			for (const text of [comment, 'Rozgrzane boisko bez drzew.', 'Rozmowa w Klubie Seniora']) {
				const sub = official.locator('article.submission', { hasText: text });
				await sub.locator('select[name=themeId]').selectOption({ label: 'Cień przy szkołach' });
				await submit(official, sub.locator('form[action="?/assign"] button'));
			}
			const themeCard = official.locator('article.theme', { hasText: 'Cień przy szkołach' });
			expect(await themeCard.locator('.meta').textContent()).toBe(fill(c.consultations_submissions_n, { n: 3 }));
			await submit(official, themeCard.locator('form button.primary')); // nothing chosen: errors name the fields
			expect(await official.locator('.error-summary').textContent()).toContain(c.err_answer_status_required);
			await check(official, `${manage}/answers (errors)`);
			await themeCard.locator('input[value=accepted]').check();
			await themeCard.locator('textarea[name=reason]').fill('Posadzimy drzewa przy boiskach szkolnych w pierwszej kolejności w Podgórzu.');
			await submit(official, themeCard.locator('form button.primary'));
			expect(await notice(official)).toBe(core.saved);
			await visit(official, pub);
			expect(await notice(official)).toContain(fill(c.consultations_answered_count, { answered: 3, total: 3 }).split(' ')[0]);
			expect(await official.locator('main .notice[role=status]').first().textContent()).toContain(fill(c.consultations_answered_count, { answered: 3, total: 3 }));

			step('10');
			// 10. Anna is notified (in the app and by e-mail) and sees the answer under her comment.
			await visit(anna, '/notifications');
			expect(await anna.locator('main li.comment').count()).toBeGreaterThan(0);
			// Each kind reads as a sentence in the reader's language with a link, never its code.
			const notices = (await anna.locator('main ul.comments').textContent()) ?? '';
			expect(notices).toContain(core.notification_consultation_answer.split('{')[0]);
			expect(notices).not.toMatch(/consultation_answer|notification_/);
			expect(await anna.locator('main li.comment a', { hasText: core.notification_open }).first().getAttribute('href')).toContain('/consultations/');
			await check(anna, '/notifications');
			await visit(anna, `${pub}/document`);
			expect(await anna.locator('article.comment', { hasText: comment }).locator('.answer').textContent()).toContain(c.consultations_answer_accepted);
			if (server.admin.password) {
				const admin = await open(true);
				await signIn(admin, server.admin.email, server.admin.password);
				await visit(admin, '/admin/outbox');
				const mail = admin.locator('article', { hasText: DEMO.resident }).filter({ hasText: 'Posadzimy drzewa przy boiskach' });
				await expect.poll(() => mail.count()).toBeGreaterThan(0);
			}

			step('11');
			// 11. The official publishes the report; its figures match what was submitted.
			await visit(official, `${manage}/report`);
			await check(official, `${manage}/report`);
			await official.locator('#decision').fill('Zarząd Zieleni posadzi drzewa przy boiskach szkół w Podgórzu w 2027 roku.');
			await submit(official, official.locator('main form button.primary'));
			expect(await notice(official)).toBe(c.consultations_report_published);
			await visit(anna, `${pub}/report`);
			await check(anna, `${pub}/report`);
			expect(await anna.locator('figure svg.bar-chart').count()).toBeGreaterThanOrEqual(4);
			// Voices: 2 survey answers + 1 comment + 1 pin + 1 registered seat + 14 at the partner's session.
			expect(await anna.locator('.big-figure').textContent()).toBe(fill(c.consultations_report_total, { n: '19' }));
			const byForm = anna.locator('figure', { hasText: c.consultations_report_by_form }).locator('tbody tr');
			const formRow = async (name: string) => (await byForm.filter({ hasText: name }).locator('td').first().textContent())?.trim();
			expect(await formRow(c.consultations_form_survey)).toBe('2');
			expect(await formRow(c.consultations_form_document)).toBe('1');
			expect(await formRow(c.consultations_form_map)).toBe('1');
			expect(await formRow(c.consultations_form_meetings)).toBe('1');
			expect(await formRow(c.consultations_form_partners)).toBe('14');
			const q1 = anna.locator('figure', { hasText: 'Czy przy Twojej szkole' }).locator('tbody tr');
			expect(await q1.filter({ hasText: 'Tak' }).locator('td').textContent()).toBe('1');
			expect(await q1.filter({ hasText: 'Nie' }).locator('td').textContent()).toBe('1');
			const api = await (await anna.request.get(`/api/v1/consultations/${slug}/report`)).json();
			expect(api.participation.byForm).toEqual({ survey: 2, document: 1, map: 1, meetings: 1, partners: 14 });
			expect(api.participation.byDistrict.find((d: { id: number }) => d.id === 13)).toMatchObject({ targeted: true });
			expect(api.survey.questions[2]).toMatchObject({ kind: 'scale', mean: 4, answered: 2 });
			expect(api.submissions).toEqual({ total: 3, answered: 3 });
			const pdf = await anna.request.get(`${pub}/report.pdf`);
			expect(pdf.headers()['content-type']).toBe('application/pdf');
			const pdfBytes = await pdf.body();
			expect(pdfBytes.subarray(0, 8).toString('latin1')).toMatch(/^%PDF-1\.\d/);
			const printed = await PDFDocument.load(pdfBytes);
			expect(printed.getPageCount()).toBeGreaterThan(0);
			expect(printed.getTitle()).toMatch(/^Raport: /);
			const csv = await (await anna.request.get(`/api/v1/consultations/${slug}/submissions.csv`)).text();
			expect(csv).toContain('SP 34 na Zabłociu');
			expect(csv).not.toContain('Anna Nowak');

			step('12');
			// 12. Anna evaluates the consultation; the report shows it.
			await visit(anna, `${pub}/evaluation`);
			await check(anna, `${pub}/evaluation`);
			await anna.locator('#scopeClear-4').check();
			await anna.locator('#heard-5').check();
			await anna.locator('#again').check();
			await submit(anna, anna.locator('main form button.primary'));
			await expect.poll(() => anna.locator('h1').textContent()).toBe(c.consultations_evaluation_thanks);
			await visit(anna, `${pub}/report`);
			expect(await anna.locator('section[aria-labelledby=evaluation] dl').textContent()).toContain('4 / 5');

			// The other languages, the lists and the open data.
			for (const path of [`/en${pub}`, `/uk${pub}/report`, `/en${pub}/survey`, '/uk/meetings', '/en/ideas', '/consultations', '/ideas/new']) {
				await visit(anna, path);
				await check(anna, path);
			}
			const list = await (await anna.request.get('/api/v1/consultations')).json();
			expect(list.find((x: { slug: string }) => x.slug === slug)).toMatchObject({ forms: ['survey', 'document', 'map', 'meetings', 'partners'], targetGroups: { districts: [13], ageBands: ['60_74'] } });
			const feed = await anna.request.get('/api/v1/meetings.ics');
			expect(await feed.text()).toContain('Warsztat: zielone boiska');
		} catch (e) {
			if (e instanceof Error) e.message += `\nPages checked before the failure: ${visited.join(', ')}`;
			throw e;
		}
	});

	it('crowdsourced ideas: propose (check your answers), support, official response', { timeout: 300_000 }, async () => {
		const anna = await open(false);
		const olena = await open(true);
		const official = await open(true);
		await signIn(anna, DEMO.resident, DEMO_PASSWORD);
		await signIn(olena, OLENA, DEMO_PASSWORD);
		await signIn(official, DEMO.official, DEMO_PASSWORD);
		const title = `Poidełka przy przystankach ${Date.now()}`;
		await visit(anna, '/ideas/new');
		await submit(anna, anna.locator('form[action="?/review"] button'));
		expect(await anna.locator('.error-summary a').count()).toBeGreaterThanOrEqual(2);
		await check(anna, '/ideas/new (errors)');
		await anna.locator('#title').fill(title);
		await anna.locator('#topic').selectOption('heat');
		await anna.locator('#lat').fill('50.0617');
		await anna.locator('#lon').fill('19.9373');
		await anna.locator('#description').fill('Na przystankach w centrum latem przydałyby się poidełka z wodą pitną.');
		await submit(anna, anna.locator('form[action="?/review"] button'));
		await expect.poll(() => anna.locator('h1').textContent()).toBe(c.consultations_check_answers);
		expect(await anna.locator('dl').textContent()).toContain('Stare Miasto');
		await check(anna, '/ideas/new (check answers)');
		await submit(anna, anna.locator('form[action="?/submit"] button'));
		expect(new URL(anna.url()).searchParams.get('created')).toBe('1');
		const ideaPath = new URL(anna.url()).pathname;
		await check(anna, ideaPath);
		await visit(olena, ideaPath);
		await submit(olena, olena.locator('form[action="?/support"] button'));
		expect(await notice(olena)).toBe(c.ideas_supported);
		expect(await olena.locator('main').textContent()).toContain(fill(c.ideas_supports_n, { n: 1 }));
		await visit(official, ideaPath);
		await check(official, `${ideaPath} (official)`);
		await official.locator('#status').check();
		await official.locator('#response').fill('Dziękujemy! Sprawdzimy, które przystanki mają przyłącze wody.');
		await submit(official, official.locator('form[action="?/respond"] button'));
		expect(await notice(official)).toBe(core.saved);
		await visit(anna, ideaPath);
		expect(await anna.locator('.answer').textContent()).toContain('Sprawdzimy');

		// The official turns the idea into a draft project of the edition taking submissions;
		// Anna (the author, no JavaScript) finds it among her projects there to complete it.
		await visit(official, ideaPath);
		await official.locator('#status-to_budget').check();
		await submit(official, official.locator('form[action="?/respond"] button'));
		expect(await official.locator('.error-summary').textContent()).toContain(c.err_ideas_choose_edition);
		// What was chosen and typed survives the error (no JavaScript needed to keep it).
		expect(await official.locator('#status-to_budget').isChecked()).toBe(true);
		await official.locator('#editionId').selectOption({ index: 1 });
		await official.locator('#response').fill('Zapraszamy do budżetu obywatelskiego: pomysł czeka jako szkic projektu.');
		await submit(official, official.locator('form[action="?/respond"] button'));
		expect(await notice(official)).toBe(core.saved);
		await visit(anna, ideaPath);
		const toBudget = anna.locator('main a', { hasText: c.ideas_linked_budget });
		const editionPath = (await toBudget.getAttribute('href'))!;
		expect(editionPath).toMatch(/\/budgets\//);
		await visit(anna, editionPath);
		expect(await anna.locator('main').textContent()).toContain(title);
		await check(anna, `${editionPath} (a draft from an idea)`);
	});
});
