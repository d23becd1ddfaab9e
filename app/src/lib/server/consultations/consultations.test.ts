import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { createProcess } from '../processes/service';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { user } from '../accounts/schema';
import { createMeeting, registerForMeeting } from '../meetings/service';
import {
	addQuestion,
	addParagraph,
	addPin,
	answerSubmission,
	answerTheme,
	anonymisedSubmissions,
	assignTheme,
	authorisePartner,
	checkMinimums,
	commentOnParagraph,
	computeReport,
	createTheme,
	evaluationAcross,
	getConsultation,
	listQuestions,
	moveQuestion,
	publishReport,
	recordPartnerSession,
	removeQuestion,
	saveConsultationSettings,
	submitEvaluation,
	submitSurveyResponse,
	supportComment,
	validateAnswers,
	allSubmissions
} from './index';
import { listThemes } from './answers.service';
import { surveyResponse } from './schema';
import { consultationRules } from './permissions';
import { buildPdf } from './pdf';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { inflateSync } from 'node:zlib';

const DAY = 86_400_000;
const NOW = new Date('2026-06-10T10:00:00Z');
const t = (d: number) => new Date(NOW.getTime() + d * DAY).toISOString();
const clock = () => NOW;

function expectStatus(p: Promise<unknown>, status: number, field?: string) {
	return expect(p).rejects.toMatchObject(field ? { status, fields: expect.objectContaining({ [field]: expect.any(String) }) } : { status });
}

describe('consultation rules (pure)', () => {
	const admin: Actor = { id: 'a', role: 'admin', emailVerified: true };
	const off: Actor = { id: 'o', role: 'official', emailVerified: true };
	const other: Actor = { id: 'x', role: 'official', emailVerified: true };
	const res: Actor = { id: 'r', role: 'resident', emailVerified: true };
	const unverified: Actor = { id: 'u', role: 'resident', emailVerified: false };
	const mod: Actor = { id: 'm', role: 'moderator', emailVerified: true };
	it('manage: the assigned official and admins only', () => {
		expect(consultationRules.manage(admin, [])).toBe(true);
		expect(consultationRules.manage(off, ['o'])).toBe(true);
		expect(consultationRules.manage(other, ['o'])).toBe(false);
		expect(consultationRules.manage(res, ['r'])).toBe(false);
		expect(consultationRules.manage(mod, ['m'])).toBe(false);
		expect(consultationRules.manage(null, [])).toBe(false);
	});
	it('only an admin overrides the minimum durations', () => {
		expect(consultationRules.overrideDurations(admin)).toBe(true);
		for (const a of [off, res, mod, null]) expect(consultationRules.overrideDurations(a)).toBe(false);
	});
	it('participation needs a confirmed e-mail; anonymous surveys need nothing', () => {
		expect(consultationRules.participate(res)).toBe(true);
		expect(consultationRules.participate(unverified)).toBe(false);
		expect(consultationRules.participate(null)).toBe(false);
		expect(consultationRules.answerSurvey(null, true)).toBe(true);
		expect(consultationRules.answerSurvey(null, false)).toBe(false);
		expect(consultationRules.answerSurvey(unverified, false)).toBe(false);
	});
	it('no support of one own comment; sessions only by the representative; evaluation only by participants', () => {
		expect(consultationRules.supportComment(res, { authorId: 'r' })).toBe(false);
		expect(consultationRules.supportComment(res, { authorId: 'z' })).toBe(true);
		expect(consultationRules.recordSession(res, { representativeId: 'r' })).toBe(true);
		expect(consultationRules.recordSession(off, { representativeId: 'r' })).toBe(false);
		expect(consultationRules.recordSession(null, { representativeId: null })).toBe(false);
		expect(consultationRules.evaluate(res, true)).toBe(true);
		expect(consultationRules.evaluate(res, false)).toBe(false);
	});
	it('minimums: 7 days of information, 21 of consultation, three forms with a meeting', () => {
		const d = (x: number) => new Date(NOW.getTime() + x * DAY);
		expect(checkMinimums({ infoStartsAt: d(0), startsAt: d(7), endsAt: d(28), reportDueAt: d(40), forms: ['survey', 'map', 'meetings'] })).toEqual([]);
		expect(checkMinimums({ infoStartsAt: d(0), startsAt: d(6), endsAt: d(26), reportDueAt: d(20), forms: ['survey'] })).toEqual(['information_too_short', 'consultation_too_short', 'report_before_end', 'too_few_forms', 'no_open_meeting']);
	});
	it('the PDF embeds a font with the Polish and Ukrainian letters it prints, and wraps long text onto new pages', async () => {
		const text = 'Zażółć gęślą jaźń — Київ, Львів, Їжак. ';
		const bytes = await buildPdf(
			[{ kind: 'title', text: 'Raport (test)' }, { kind: 'text', text: text.repeat(400) }, { kind: 'table', header: ['Dzielnica', 'Głosy'], rows: [['XIII. Podgórze', 1]] }],
			{ title: 'Raport: Plan adaptacji' }
		);
		const doc = await PDFDocument.load(bytes);
		expect(doc.getTitle()).toBe('Raport: Plan adaptacji');
		expect(doc.getPageCount()).toBeGreaterThan(1);
		// The text is drawn with real glyphs: the embedded font's ToUnicode map covers ż (U+017C) and ї (U+0457).
		const maps = doc.context
			.enumerateIndirectObjects()
			.map(([, o]) => o)
			.filter((o): o is PDFRawStream => o instanceof PDFRawStream)
			.map((o) => {
				try {
					return inflateSync(o.contents).toString('latin1');
				} catch {
					return Buffer.from(o.contents).toString('latin1');
				}
			})
			.filter((t) => t.includes('begincmap'));
		expect(maps.length).toBe(2);
		expect(maps.join('\n')).toMatch(/<017C>/i);
		expect(maps.join('\n')).toMatch(/<0457>/i);
	});
});

describe.each(backends)('consultations on %s', (kind) => {
	let t0: TestDatabase;
	let official: NonNullable<Actor>, otherOfficial: NonNullable<Actor>, admin: NonNullable<Actor>;
	let residents: (NonNullable<Actor> & { email: string })[];
	let processId: string, slug: string;
	const ctx = (a: Actor) => t0.ctx(a, clock);

	beforeAll(async () => {
		t0 = await openTestDatabase(kind);
		official = await t0.user('official', 'Urzędniczka');
		otherOfficial = await t0.user('official');
		admin = await t0.user('admin');
		residents = [];
		for (let i = 0; i < 4; i++) residents.push(await t0.user('resident', `Mieszkaniec ${i}`));
		// Residents' profiles: districts 1, 1, 13, none; birth years.
		await t0.db.update(user).set({ districtId: 1, birthYear: 1950 }).where(eq(user.id, residents[0].id));
		await t0.db.update(user).set({ districtId: 1, birthYear: 1990 }).where(eq(user.id, residents[1].id));
		await t0.db.update(user).set({ districtId: 13, birthYear: 2000 }).where(eq(user.id, residents[2].id));
		const p = await createProcess(ctx(official), { mechanism: 'consultation', title: 'Konsultacje testowe planu adaptacji', description: 'Opis konsultacji testowych.' }, { publish: true });
		processId = p.id;
		slug = p.slug;
	});
	afterAll(() => t0?.drop());

	it('refuses dates below the minimums for an official, accepts an admin override with a reason (audited)', async () => {
		const short = { forms: ['survey', 'document', 'map', 'meetings', 'partners'], infoStartsAt: t(-5), startsAt: t(-1), endsAt: t(10), reportDueAt: t(30), targetDistricts: ['1', '13'], targetAgeBands: ['60_74'] };
		await expectStatus(saveConsultationSettings(ctx(official), processId, short), 400, 'infoStartsAt');
		await expectStatus(saveConsultationSettings(ctx(otherOfficial), processId, short), 403);
		await expectStatus(saveConsultationSettings(ctx(residents[0]), processId, short), 403);
		await expectStatus(saveConsultationSettings(ctx(admin), processId, short), 400, 'overrideReason');
		const { warnings } = await saveConsultationSettings(ctx(admin), processId, { ...short, overrideReason: 'Termin ustawowy wymaga skrócenia.' });
		expect(warnings).toContain('consultation_too_short');
		const audit = await t0.db.select().from(auditLog).where(and(eq(auditLog.targetId, processId), eq(auditLog.action, 'consultation.settings_override')));
		expect(audit).toHaveLength(1);
		// The official then sets proper dates.
		await saveConsultationSettings(ctx(official), processId, { ...short, infoStartsAt: t(-10), startsAt: t(-2), endsAt: t(20), reportDueAt: t(40) });
		const c = await getConsultation(ctx(null), slug);
		expect(c.settings.durationOverrideReason).toBeNull();
		expect(c.warnings).toEqual([]);
		expect(c.open).toBe(true);
		await expectStatus(saveConsultationSettings(ctx(official), processId, { ...short, startsAt: 'not a date' }), 400, 'startsAt');
	});

	let qSingle: string, qMulti: string, qCond: string, qScale: string, qRank: string, qMatrix: string, qMap: string;
	it('builds a survey (officials only), with a conditional question', async () => {
		await expectStatus(addQuestion(ctx(residents[0]), processId, { kind: 'single', prompt: 'Pytanie?', options: 'a\nb' }), 403);
		await expectStatus(addQuestion(ctx(null), processId, { kind: 'single', prompt: 'Pytanie?', options: 'a\nb' }), 403);
		await expectStatus(addQuestion(ctx(official), processId, { kind: 'single', prompt: 'Pytanie?', options: 'a' }), 400, 'options');
		await expectStatus(addQuestion(ctx(official), processId, { kind: 'bogus', prompt: 'Pytanie?' }), 400, 'kind');
		qSingle = await addQuestion(ctx(official), processId, { kind: 'single', prompt: 'Upał?', options: 'Tak\nNie', required: 'on' });
		qMulti = await addQuestion(ctx(official), processId, { kind: 'multiple', prompt: 'Działania?', options: 'Drzewa\nWoda\nDachy' });
		qCond = await addQuestion(ctx(official), processId, { kind: 'short_text', prompt: 'Gdzie?', required: 'on', conditionQuestionId: qSingle, conditionValue: 'Tak' });
		await expectStatus(addQuestion(ctx(official), processId, { kind: 'short_text', prompt: 'Źle?', conditionQuestionId: qSingle, conditionValue: 'Może' }), 400, 'conditionValue');
		qScale = await addQuestion(ctx(official), processId, { kind: 'scale', prompt: 'Ocena?', scaleMin: '1', scaleMax: '5' });
		qRank = await addQuestion(ctx(official), processId, { kind: 'ranking', prompt: 'Kolejność?', options: 'A\nB\nC' });
		qMatrix = await addQuestion(ctx(official), processId, { kind: 'matrix', prompt: 'Macierz?', options: 'Dobrze\nŹle', rows: 'X\nY' });
		qMap = await addQuestion(ctx(official), processId, { kind: 'map_point', prompt: 'Miejsce?' });
		const extra = await addQuestion(ctx(official), processId, { kind: 'long_text', prompt: 'Uwagi?' });
		await moveQuestion(ctx(official), processId, extra, 'up');
		expect((await listQuestions(t0.db, processId)).map((q) => q.id).slice(-2)).toEqual([extra, qMap]);
		await expectStatus(moveQuestion(ctx(residents[0]), processId, extra, 'down'), 403);
		await removeQuestion(ctx(official), processId, extra);
		expect(await listQuestions(t0.db, processId)).toHaveLength(7);
	});

	it('validates answers: required, conditional, ranking, matrix, map point inside Kraków', async () => {
		const qs = await listQuestions(t0.db, processId);
		await expect(validateAnswers(t0.db, qs, {})).rejects.toMatchObject({ fields: { [`q_${qSingle}`]: 'answer_required' } });
		await expect(validateAnswers(t0.db, qs, { [qSingle]: 'Tak' })).rejects.toMatchObject({ fields: { [`q_${qCond}`]: 'answer_required' } });
		// Hidden conditional questions are dropped.
		expect(await validateAnswers(t0.db, qs, { [qSingle]: 'Nie', [qCond]: 'ignored' })).toEqual({ [qSingle]: 'Nie' });
		await expect(validateAnswers(t0.db, qs, { [qSingle]: 'Nie', [qRank]: ['1', '1', '2'] })).rejects.toMatchObject({ fields: { [`q_${qRank}`]: 'ranking_invalid' } });
		expect(await validateAnswers(t0.db, qs, { [qSingle]: 'Nie', [qRank]: ['2', '3', '1'] })).toEqual({ [qSingle]: 'Nie', [qRank]: ['C', 'A', 'B'] });
		await expect(validateAnswers(t0.db, qs, { [qSingle]: 'Nie', [qMap]: { lat: '52.23', lon: '21.01' } })).rejects.toMatchObject({ fields: { [`q_${qMap}`]: 'outside_krakow' } });
		await expect(validateAnswers(t0.db, qs, { [qSingle]: '<script>' })).rejects.toMatchObject({ fields: { [`q_${qSingle}`]: 'answer_invalid' } });
		await expect(validateAnswers(t0.db, qs, { [qSingle]: 'Nie', [qMatrix]: { Z: 'Dobrze' } })).rejects.toMatchObject({ status: 400 });
	});

	const answersOf = (i: number) => ({
		[qSingle]: i % 2 === 0 ? 'Tak' : 'Nie',
		[qMulti]: i === 0 ? ['Drzewa', 'Woda'] : ['Drzewa'],
		[qCond]: 'Przystanek',
		[qScale]: String(i + 2),
		[qRank]: ['A', 'B', 'C'],
		[qMatrix]: { X: 'Dobrze', Y: i === 0 ? 'Źle' : 'Dobrze' },
		[qMap]: { lat: '50.0617', lon: '19.9373' }
	});

	it('one answer per person (database constraint): the second is a 409', async () => {
		await expectStatus(submitSurveyResponse(ctx(null), processId, answersOf(0)), 403);
		await expectStatus(submitSurveyResponse(ctx(residents[0]), processId, answersOf(0), { lang: 'de' }), 400, 'lang');
		for (let i = 0; i < 3; i++) expect((await submitSurveyResponse(ctx(residents[i]), processId, answersOf(i), i === 2 ? { lang: 'uk' } : {})).receipt).toMatch(/^[0-9A-F]{10}$/);
		// The free-text answers keep the language they were written in (Polish when not said).
		const langs = await t0.db.select({ userId: surveyResponse.userId, lang: surveyResponse.lang }).from(surveyResponse).where(eq(surveyResponse.processId, processId));
		expect(langs.find((r) => r.userId === residents[2].id)?.lang).toBe('uk');
		expect(langs.find((r) => r.userId === residents[0].id)?.lang).toBe('pl');
		await expectStatus(submitSurveyResponse(ctx(residents[0]), processId, answersOf(0)), 409, 'survey');
		await expect(Promise.all([submitSurveyResponse(ctx(residents[3]), processId, answersOf(1)), submitSurveyResponse(ctx(residents[3]), processId, answersOf(1))])).rejects.toMatchObject({ status: 409 });
		// Closed consultations take no answers.
		await expectStatus(submitSurveyResponse(t0.ctx(residents[3], () => new Date(NOW.getTime() + 30 * DAY)), processId, answersOf(1)), 409);
	});

	let c1: string, c2: string, pin: string, session: string;
	it('comments paragraphs, supports others (not own), drops pins inside Kraków', async () => {
		const p1 = await addParagraph(ctx(official), processId, { heading: '§1', body: 'Treść akapitu pierwszego planu.' });
		await expectStatus(addParagraph(ctx(residents[0]), processId, { body: 'Treść akapitu drugiego planu.' }), 403);
		await expectStatus(commentOnParagraph(ctx(null), p1, { body: 'Uwaga' }), 401);
		c1 = await commentOnParagraph(ctx(residents[0]), p1, { body: '<b>Więcej drzew</b>' });
		c2 = await commentOnParagraph(ctx(residents[2]), p1, { body: 'Ogrody deszczowe' });
		await expectStatus(supportComment(ctx(residents[0]), c1), 403);
		await supportComment(ctx(residents[1]), c1);
		await supportComment(ctx(residents[1]), c1); // harmless twice
		await expectStatus(addPin(ctx(residents[1]), processId, { topic: 'heat', lat: '52.2297', lon: '21.0122', body: 'Warszawa' }), 400, 'lat');
		await expectStatus(addPin(ctx(residents[1]), processId, { topic: 'nope', lat: '50.06', lon: '19.93', body: 'x y' }), 400, 'topic');
		pin = await addPin(ctx(residents[1]), processId, { topic: 'heat', lat: '50.0617', lon: '19.9373', body: 'Rynek bez cienia', lang: 'uk' });
	});

	it('a partner representative records a session; nobody else may', async () => {
		await expectStatus(authorisePartner(ctx(residents[3]), processId, { name: 'Klub Seniora', kind: 'senior_centre', email: residents[3].email }), 403);
		await expectStatus(authorisePartner(ctx(official), processId, { name: 'Klub Seniora', kind: 'senior_centre', email: 'nobody@example.org' }), 400, 'email');
		const partnerId = await authorisePartner(ctx(official), processId, { name: 'Klub Seniora', kind: 'senior_centre', email: residents[3].email });
		const input = { partnerId, title: 'Rozmowa w klubie', heldAt: t(-1), districtId: '13', ageBand: '75_plus', participants: '12', notes: 'Ławki w cieniu i poidełka.' };
		await expectStatus(recordPartnerSession(ctx(residents[0]), processId, input), 403);
		await expectStatus(recordPartnerSession(ctx(official), processId, input), 403);
		await expectStatus(recordPartnerSession(ctx(residents[3]), processId, { ...input, participants: '-3' }), 400, 'participants');
		session = await recordPartnerSession(ctx(residents[3]), processId, input);
	});

	it('meetings: the last seat goes, then the waiting list', async () => {
		const m = await createMeeting(ctx(official), { processId, title: 'Warsztaty testowe', format: 'in_person', place: 'Centrum Obywatelskie', startsAt: t(3), endsAt: t(3.1), capacity: '1' });
		expect(await registerForMeeting(ctx(residents[0]), m)).toBe('registered');
		expect(await registerForMeeting(ctx(residents[1]), m)).toBe('waiting');
	});

	it('themes and answers: officials only; the authors are notified', async () => {
		const th = await createTheme(ctx(official), processId, { title: 'Cień' });
		await expectStatus(createTheme(ctx(residents[0]), processId, { title: 'Cień' }), 403);
		await assignTheme(ctx(official), processId, { kind: 'comment', submissionId: c1, themeId: th });
		await assignTheme(ctx(official), processId, { kind: 'pin', submissionId: pin, themeId: th });
		await expectStatus(assignTheme(ctx(official), processId, { kind: 'comment', submissionId: 'missing', themeId: th }), 404);
		await expectStatus(answerTheme(ctx(otherOfficial), processId, th, { status: 'accepted', reason: 'Posadzimy drzewa przy Rynku.' }), 403);
		await expectStatus(answerTheme(ctx(official), processId, th, { status: 'maybe', reason: 'Posadzimy drzewa przy Rynku.' }), 400, 'status');
		await answerTheme(ctx(official), processId, th, { status: 'accepted', reason: 'We will plant trees by the Market Square.', lang: 'en' });
		await answerSubmission(ctx(official), processId, { kind: 'session', submissionId: session, status: 'partly', reason: 'Poidełka tak, ławki w drugim etapie.' });
		// Every text keeps its language (WCAG 3.1.2): the pin's, the theme's answer, the session's answer.
		const subs = await allSubmissions(t0.db, processId);
		expect(subs.find((s) => s.id === pin)?.lang).toBe('uk');
		expect(subs.find((s) => s.id === session)).toMatchObject({ lang: 'pl', answerLang: 'pl' });
		expect((await listThemes(t0.db, processId)).find((x) => x.id === th)?.lang).toBe('en');
		for (const who of [residents[0], residents[1], residents[3]]) {
			const n = await t0.db.select().from(notification).where(and(eq(notification.userId, who.id), eq(notification.kind, 'consultation_answer')));
			expect(n.length).toBe(1);
		}
		const c = await getConsultation(ctx(null), slug);
		expect(c.answered).toEqual({ total: 4, answered: 3 });
		expect((await allSubmissions(t0.db, processId)).find((s) => s.id === c2)?.status).toBeNull();
	});

	it('the report is computed from the database and matches the inputs', async () => {
		const r = await computeReport(t0.db, processId, NOW);
		// Residents 0-2 and (in the race test) resident 3, who has no district or birth year.
		expect(r.survey.responses).toBe(4);
		expect(r.participation.byForm).toEqual({ survey: 4, document: 2, map: 1, meetings: 1, partners: 12 });
		expect(r.participation.total).toBe(20);
		expect(r.participation.unknownDistrict).toBe(1);
		const d1 = r.participation.byDistrict.find((d) => d.id === 1)!;
		// District 1: residents 0 and 1 answered the survey, 0 commented, 1 pinned, 0 registered.
		expect(d1.byForm).toEqual({ survey: 2, document: 1, map: 1, meetings: 1, partners: 0 });
		expect(d1.targeted).toBe(true);
		const d13 = r.participation.byDistrict.find((d) => d.id === 13)!;
		expect(d13.byForm).toEqual({ survey: 1, document: 1, map: 0, meetings: 0, partners: 12 });
		expect(r.participation.byAgeBand.find((a) => a.band === '75_plus')!.total).toBe(12 + 3); // session + resident 0 (born 1950): survey, comment, meeting
		const single = r.survey.questions.find((q) => q.id === qSingle)!;
		expect(single).toMatchObject({ kind: 'single', answered: 4, options: [{ label: 'Tak', count: 2 }, { label: 'Nie', count: 2 }] });
		const scale = r.survey.questions.find((q) => q.id === qScale)!;
		expect(scale).toMatchObject({ kind: 'scale', mean: 3, distribution: [{ value: 1, count: 0 }, { value: 2, count: 1 }, { value: 3, count: 2 }, { value: 4, count: 1 }, { value: 5, count: 0 }] });
		const cond = r.survey.questions.find((q) => q.id === qCond)!;
		expect(cond.answered).toBe(2); // only those who answered "Tak"
		const matrix = r.survey.questions.find((q) => q.id === qMatrix)!;
		expect(matrix).toMatchObject({ rows: [{ label: 'X', counts: [4, 0] }, { label: 'Y', counts: [3, 1] }] });
		const rank = r.survey.questions.find((q) => q.id === qRank)!;
		expect(rank).toMatchObject({ options: [{ label: 'A', meanPosition: 1, firstPlaces: 4 }, { label: 'B', meanPosition: 2 }, { label: 'C', meanPosition: 3 }] });
		expect(r.themes).toEqual([expect.objectContaining({ title: 'Cień', submissions: 2, status: 'accepted' })]);
		expect(r.submissions).toEqual({ total: 4, answered: 3 });
		// Population shares come from the district table.
		const total = r.participation.byDistrict.reduce((a, d) => a + d.population, 0);
		expect(d1.populationShare).toBeCloseTo((100 * d1.population) / total, 1);
	});

	it('the anonymised export has no names and is public only after the report', async () => {
		await expectStatus(anonymisedSubmissions(ctx(null), processId), 404);
		await expectStatus(publishReport(ctx(residents[0]), processId, { decision: 'Decyzja miasta w sprawie planu.' }), 403);
		await expectStatus(submitEvaluation(ctx(residents[0]), processId, { scopeClear: '4', heard: '5', again: 'yes' }), 409);
		await publishReport(ctx(official), processId, { decision: 'Miasto przyjmuje plan z poprawkami mieszkańców.' });
		const rows = await anonymisedSubmissions(ctx(null), processId);
		const text = JSON.stringify(rows);
		expect(text).not.toContain('Mieszkaniec');
		for (const r of residents) expect(text).not.toContain(r.id);
		expect(rows.filter((r) => r.kind === 'survey').length).toBeGreaterThan(0);
		expect(rows.find((r) => r.id === c1)).toMatchObject({ text: '<b>Więcej drzew</b>', answer: 'accepted' });
	});

	it('participants evaluate once; others may not', async () => {
		const outsider = await t0.user('resident');
		await expectStatus(submitEvaluation(ctx(outsider), processId, { scopeClear: '4', heard: '5', again: 'yes' }), 403);
		await expectStatus(submitEvaluation(ctx(residents[0]), processId, { scopeClear: '9', heard: '5', again: 'yes' }), 400, 'scopeClear');
		await submitEvaluation(ctx(residents[0]), processId, { scopeClear: '4', heard: '5', again: 'yes' });
		await submitEvaluation(ctx(residents[3]), processId, { scopeClear: '2', heard: '3', again: 'maybe' });
		await expectStatus(submitEvaluation(ctx(residents[0]), processId, { scopeClear: '4', heard: '5', again: 'yes' }), 409);
		const r = await computeReport(t0.db, processId, NOW);
		expect(r.evaluation).toEqual({ responses: 2, scopeClear: 3, heard: 4, again: { yes: 1, maybe: 1, no: 0 } });
		const across = await evaluationAcross(t0.db);
		expect(across.overall.responses).toBeGreaterThanOrEqual(2);
	});

	it('anonymous surveys: one answer per device, the device key is hashed', async () => {
		const p = await createProcess(ctx(official), { mechanism: 'consultation', title: 'Ankieta anonimowa testowa', description: 'Opis ankiety anonimowej.' }, { publish: true });
		await saveConsultationSettings(ctx(official), p.id, { forms: ['survey'], surveyAnonymous: 'on' });
		const q = await addQuestion(ctx(official), p.id, { kind: 'single', prompt: 'Tak czy nie?', options: 'Tak\nNie', required: 'on' });
		await expectStatus(submitSurveyResponse(ctx(null), p.id, { [q]: 'Tak' }), 400);
		await submitSurveyResponse(ctx(null), p.id, { [q]: 'Tak' }, { deviceCookie: 'device-1' });
		await expectStatus(submitSurveyResponse(ctx(residents[0]), p.id, { [q]: 'Nie' }, { deviceCookie: 'device-1' }), 409);
		await submitSurveyResponse(ctx(residents[0]), p.id, { [q]: 'Nie' }, { deviceCookie: 'device-2' });
		const r = await computeReport(t0.db, p.id, NOW);
		expect(r.survey.questions[0]).toMatchObject({ options: [{ label: 'Tak', count: 1 }, { label: 'Nie', count: 1 }] });
	});
});
