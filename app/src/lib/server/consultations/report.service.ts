import { z } from 'zod';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { user } from '../accounts/schema';
import { comment } from '../comments/schema';
import { district } from '../districts/schema';
import { process } from '../processes/schema';
import { meeting, meetingRegistration } from '../meetings/schema';
import { consultation, evaluation, mapPin, paragraph, partnerSession, surveyAnswer, surveyResponse, AGE_BANDS, FORMS } from './schema';
import { ageBandOf, loadConsultation } from './common';
import { consultationRules } from './permissions';
import { allSubmissions, listThemes } from './answers.service';
import { listQuestions, type Question } from './survey.service';
import { CONSULTATION_EVALUATION_COMMENT_MAX } from '../../limits';

type Counts = { survey: number; document: number; map: number; meetings: number; partners: number };
const zero = (): Counts => ({ survey: 0, document: 0, map: 0, meetings: 0, partners: 0 });
const sum = (c: Counts) => c.survey + c.document + c.map + c.meetings + c.partners;

export type QuestionResult =
	| { kind: 'single' | 'multiple'; id: string; prompt: string; answered: number; options: { label: string; count: number }[] }
	| { kind: 'scale'; id: string; prompt: string; answered: number; min: number; max: number; mean: number | null; distribution: { value: number; count: number }[] }
	| { kind: 'ranking'; id: string; prompt: string; answered: number; options: { label: string; meanPosition: number | null; firstPlaces: number }[] }
	| { kind: 'matrix'; id: string; prompt: string; answered: number; columns: string[]; rows: { label: string; counts: number[] }[] }
	| { kind: 'short_text' | 'long_text'; id: string; prompt: string; answered: number }
	| { kind: 'map_point'; id: string; prompt: string; answered: number; points: { lat: number; lon: number }[] };

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export function aggregateQuestion(q: Question, values: unknown[]): QuestionResult {
	const base = { id: q.id, prompt: q.prompt, answered: values.length };
	switch (q.kind) {
		case 'single':
		case 'multiple':
			return { ...base, kind: q.kind, options: q.options.map((o) => ({ label: o, count: values.filter((v) => (Array.isArray(v) ? v.includes(o) : v === o)).length })) };
		case 'scale': {
			const nums = values.map(Number).filter(Number.isFinite);
			const distribution = [];
			for (let v = q.scaleMin; v <= q.scaleMax; v++) distribution.push({ value: v, count: nums.filter((n) => n === v).length });
			return { ...base, kind: 'scale', min: q.scaleMin, max: q.scaleMax, mean: nums.length ? round(nums.reduce((a, b) => a + b, 0) / nums.length) : null, distribution };
		}
		case 'ranking':
			return {
				...base,
				kind: 'ranking',
				options: q.options
					.map((o) => {
						const pos = values.map((v) => (Array.isArray(v) ? v.indexOf(o) + 1 : 0)).filter((p) => p > 0);
						return { label: o, meanPosition: pos.length ? round(pos.reduce((a, b) => a + b, 0) / pos.length) : null, firstPlaces: pos.filter((p) => p === 1).length };
					})
					.sort((a, b) => (a.meanPosition ?? 99) - (b.meanPosition ?? 99))
			};
		case 'matrix':
			return { ...base, kind: 'matrix', columns: q.options, rows: q.rows.map((r) => ({ label: r, counts: q.options.map((c) => values.filter((v) => (v as Record<string, string>)[r] === c).length) })) };
		case 'map_point':
			return { ...base, kind: 'map_point', points: values.map((v) => v as { lat: number; lon: number }) };
		default:
			return { ...base, kind: q.kind as 'short_text' | 'long_text' };
	}
}

/** The report, computed from the database: who took part (by form, district and age band,
 * against the target groups and the census), what was heard (themes, survey results, pins),
 * what the city decided, and the evaluation. */
export async function computeReport(db: Db, processId: string, now: Date) {
	const [p] = await db.select().from(process).where(eq(process.id, processId));
	if (!p) throw new NotFoundError('consultation_not_found');
	const [s] = await db.select().from(consultation).where(eq(consultation.processId, processId));
	const districts = await db.select({ id: district.id, roman: district.roman, name: district.name, population: district.population }).from(district).orderBy(asc(district.id));
	const paraIds = (await db.select({ id: paragraph.id }).from(paragraph).where(eq(paragraph.processId, processId))).map((r) => r.id);

	const byForm = zero();
	const byDistrict = new Map<number | null, Counts>();
	const byAge = new Map<string | null, Counts>();
	const add = (districtId: number | null, age: string | null, form: keyof Counts, n = 1) => {
		byForm[form] += n;
		if (!byDistrict.has(districtId)) byDistrict.set(districtId, zero());
		byDistrict.get(districtId)![form] += n;
		if (!byAge.has(age)) byAge.set(age, zero());
		byAge.get(age)![form] += n;
	};
	const people = new Set<string>();

	const responses = await db.select({ id: surveyResponse.id, userId: surveyResponse.userId, districtId: surveyResponse.districtId, ageBand: surveyResponse.ageBand }).from(surveyResponse).where(eq(surveyResponse.processId, processId));
	for (const r of responses) {
		add(r.districtId, r.ageBand, 'survey');
		if (r.userId) people.add(r.userId);
	}
	const comments = paraIds.length
		? await db.select({ authorId: comment.authorId, districtId: user.districtId, birthYear: user.birthYear }).from(comment).leftJoin(user, eq(user.id, comment.authorId)).where(and(eq(comment.targetType, 'paragraph'), inArray(comment.targetId, paraIds), eq(comment.status, 'visible')))
		: [];
	for (const c of comments) {
		add(c.districtId ?? null, ageBandOf(c.birthYear, now), 'document');
		if (c.authorId) people.add(c.authorId);
	}
	const pins = await db.select({ authorId: mapPin.authorId, districtId: mapPin.districtId, birthYear: user.birthYear, lat: mapPin.lat, lon: mapPin.lon, topic: mapPin.topic, body: mapPin.body }).from(mapPin).leftJoin(user, eq(user.id, mapPin.authorId)).where(eq(mapPin.processId, processId));
	for (const pin of pins) {
		add(pin.districtId, ageBandOf(pin.birthYear, now), 'map');
		if (pin.authorId) people.add(pin.authorId);
	}
	const regs = await db
		.select({ userId: meetingRegistration.userId, districtId: user.districtId, birthYear: user.birthYear })
		.from(meetingRegistration)
		.innerJoin(meeting, eq(meeting.id, meetingRegistration.meetingId))
		.leftJoin(user, eq(user.id, meetingRegistration.userId))
		.where(and(eq(meeting.processId, processId), eq(meetingRegistration.status, 'registered')));
	for (const r of regs) {
		add(r.districtId ?? null, ageBandOf(r.birthYear, now), 'meetings');
		people.add(r.userId);
	}
	const sessions = await db.select().from(partnerSession).where(eq(partnerSession.processId, processId));
	for (const ses of sessions) add(ses.districtId, ses.ageBand, 'partners', ses.participants);

	const total = sum(byForm);
	const totalPopulation = districts.reduce((a, d) => a + d.population, 0);
	const targetDistricts = s?.targetDistricts ?? [];
	const targetAgeBands = s?.targetAgeBands ?? [];
	const districtRows = districts.map((d) => {
		const c = byDistrict.get(d.id) ?? zero();
		const n = sum(c);
		return { id: d.id, roman: d.roman, name: d.name, population: d.population, byForm: c, total: n, share: total ? round((100 * n) / total, 1) : 0, populationShare: totalPopulation ? round((100 * d.population) / totalPopulation, 1) : 0, perTenThousand: d.population ? round((10000 * n) / d.population, 2) : 0, targeted: targetDistricts.includes(d.id) };
	});
	const unknownDistrict = byDistrict.get(null) ?? zero();
	const ageRows = AGE_BANDS.map((band) => {
		const c = byAge.get(band) ?? zero();
		return { band, byForm: c, total: sum(c), share: total ? round((100 * sum(c)) / total, 1) : 0, targeted: targetAgeBands.includes(band) };
	});
	const unknownAge = byAge.get(null) ?? zero();

	// Survey results.
	const questions = await listQuestions(db, processId);
	const answers = responses.length ? await db.select({ questionId: surveyAnswer.questionId, value: surveyAnswer.value }).from(surveyAnswer).where(inArray(surveyAnswer.responseId, responses.map((r) => r.id))) : [];
	const survey = questions.map((q) => aggregateQuestion(q, answers.filter((a) => a.questionId === q.id).map((a) => a.value)));

	// What was heard, and the answers.
	const themes = await listThemes(db, processId);
	const subs = await allSubmissions(db, processId);
	const answeredThemes = new Set(themes.filter((t) => t.status).map((t) => t.id));
	const answered = subs.filter((x) => x.status || (x.themeId && answeredThemes.has(x.themeId))).length;

	const evals = await db.select({ scopeClear: evaluation.scopeClear, heard: evaluation.heard, again: evaluation.again }).from(evaluation).where(eq(evaluation.processId, processId));

	return {
		process: { id: p.id, slug: p.slug, title: p.title, status: p.status },
		forms: (s?.forms ?? []).filter((f) => (FORMS as readonly string[]).includes(f)),
		dates: { infoStartsAt: s?.infoStartsAt ?? null, startsAt: s?.startsAt ?? null, endsAt: s?.endsAt ?? null, reportDueAt: s?.reportDueAt ?? null },
		published: s?.reportPublishedAt ?? null,
		decision: s?.decision ?? null,
		participation: {
			total,
			onlinePeople: people.size,
			byForm,
			partnerSessions: sessions.length,
			byDistrict: districtRows,
			unknownDistrict: sum(unknownDistrict),
			byAgeBand: ageRows,
			unknownAgeBand: sum(unknownAge),
			targetDistrictsReached: targetDistricts.filter((id) => (districtRows.find((d) => d.id === id)?.total ?? 0) > 0).length,
			targetDistricts: targetDistricts.length,
			targetAgeBandsReached: targetAgeBands.filter((b) => (ageRows.find((a) => a.band === b)?.total ?? 0) > 0).length,
			targetAgeBands: targetAgeBands.length
		},
		submissions: { total: subs.length, answered },
		themes: themes.map((t) => ({ id: t.id, title: t.title, submissions: t.count, status: t.status, reason: t.reason })),
		survey: { responses: responses.length, questions: survey },
		pins: pins.map((x) => ({ lat: x.lat, lon: x.lon, topic: x.topic, districtId: x.districtId })),
		evaluation: summariseEvaluations(evals)
	};
}
export type Report = Awaited<ReturnType<typeof computeReport>>;

function summariseEvaluations(rows: { scopeClear: number; heard: number; again: string }[]) {
	const mean = (xs: number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
	return {
		responses: rows.length,
		scopeClear: mean(rows.map((r) => r.scopeClear)),
		heard: mean(rows.map((r) => r.heard)),
		again: { yes: rows.filter((r) => r.again === 'yes').length, maybe: rows.filter((r) => r.again === 'maybe').length, no: rows.filter((r) => r.again === 'no').length }
	};
}

/** The report for a reader: public once published; the officials see it before as a preview. */
export async function getReport(ctx: ServiceContext, processId: string) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.reportPublishedAt && !c.canManage) throw new NotFoundError('report_not_found');
	return computeReport(ctx.db, processId, ctx.now());
}

/** Every submission, anonymised (no names, no account ids), for the CSV/JSON export. */
export async function anonymisedSubmissions(ctx: ServiceContext, processId: string) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.reportPublishedAt && !c.canManage) throw new NotFoundError('report_not_found');
	const themes = await listThemes(ctx.db, processId);
	const subs = await allSubmissions(ctx.db, processId);
	const rows: { kind: string; id: string; date: string; districtId: number | null; context: string; topic: string; text: string; theme: string; answer: string; reason: string }[] = subs.map((s) => {
		const t = themes.find((x) => x.id === s.themeId);
		return { kind: s.kind, id: s.id, date: s.createdAt.toISOString().slice(0, 10), districtId: s.districtId, context: s.kind === 'session' ? s.context : s.context, topic: s.topic ?? '', text: s.text, theme: t?.title ?? '', answer: s.status ?? t?.status ?? '', reason: s.reason ?? t?.reason ?? '' };
	});
	const questions = await listQuestions(ctx.db, processId);
	const responses = await ctx.db.select({ id: surveyResponse.id, districtId: surveyResponse.districtId, createdAt: surveyResponse.createdAt }).from(surveyResponse).where(eq(surveyResponse.processId, processId)).orderBy(asc(surveyResponse.createdAt));
	if (responses.length) {
		const answers = await ctx.db.select().from(surveyAnswer).where(inArray(surveyAnswer.responseId, responses.map((r) => r.id)));
		responses.forEach((r, i) => {
			for (const q of questions) {
				const a = answers.find((x) => x.responseId === r.id && x.questionId === q.id);
				if (!a) continue;
				const v = a.value;
				rows.push({ kind: 'survey', id: `response-${i + 1}`, date: r.createdAt.toISOString().slice(0, 10), districtId: r.districtId, context: q.prompt, topic: q.kind, text: typeof v === 'string' ? v : JSON.stringify(v), theme: '', answer: '', reason: '' });
			}
		});
	}
	return rows;
}

// ---- Evaluation --------------------------------------------------------------------------------

/** Whether this person took part (survey, comment, pin, meeting, partner session). */
export async function tookPart(db: Db, processId: string, userId: string): Promise<boolean> {
	const q = sql`select (
		exists (select 1 from ${surveyResponse} where ${surveyResponse.processId} = ${processId} and ${surveyResponse.userId} = ${userId})
		or exists (select 1 from ${mapPin} where ${mapPin.processId} = ${processId} and ${mapPin.authorId} = ${userId})
		or exists (select 1 from ${comment} join ${paragraph} on ${paragraph.id} = ${comment.targetId} where ${comment.targetType} = 'paragraph' and ${paragraph.processId} = ${processId} and ${comment.authorId} = ${userId})
		or exists (select 1 from ${meetingRegistration} join ${meeting} on ${meeting.id} = ${meetingRegistration.meetingId} where ${meeting.processId} = ${processId} and ${meetingRegistration.userId} = ${userId} and ${meetingRegistration.status} = 'registered')
		or exists (select 1 from ${partnerSession} where ${partnerSession.processId} = ${processId} and ${partnerSession.recordedBy} = ${userId})
	) as yes`;
	const res = (await db.execute(q)) as unknown as { rows: { yes: boolean }[] };
	return !!res.rows[0]?.yes;
}

export const evaluationInput = z.object({
	scopeClear: z.coerce.number({ error: 'answer_required' }).int('answer_required').min(1, 'answer_required').max(5, 'answer_required'),
	heard: z.coerce.number({ error: 'answer_required' }).int('answer_required').min(1, 'answer_required').max(5, 'answer_required'),
	again: z.enum(['yes', 'maybe', 'no'], { error: 'answer_required' }),
	comment: z.string().trim().max(CONSULTATION_EVALUATION_COMMENT_MAX, 'comment_too_long').default('')
});

export async function evaluationStatus(ctx: ServiceContext, processId: string) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	const open = !!c.settings.reportPublishedAt;
	if (!ctx.actor) return { open, participant: false, done: false };
	const participant = await tookPart(ctx.db, processId, ctx.actor.id);
	const [mine] = await ctx.db.select({ id: evaluation.id }).from(evaluation).where(and(eq(evaluation.processId, processId), eq(evaluation.userId, ctx.actor.id)));
	return { open, participant, done: !!mine };
}

/** A participant's evaluation, once the report is out; one per person (unique constraint). */
export async function submitEvaluation(ctx: ServiceContext, processId: string, input: unknown) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const data = parseInput(evaluationInput, input);
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.reportPublishedAt) throw new ConflictError('evaluation_not_open', { scopeClear: 'evaluation_not_open' });
	if (!consultationRules.evaluate(ctx.actor, await tookPart(ctx.db, processId, ctx.actor.id))) throw new ForbiddenError('evaluation_participants_only');
	const inserted = await ctx.db.insert(evaluation).values({ id: newId(), processId, userId: ctx.actor.id, ...data, createdAt: ctx.now() }).onConflictDoNothing().returning({ id: evaluation.id });
	if (!inserted.length) throw new ConflictError('already_evaluated', { scopeClear: 'already_evaluated' });
}

/** Evaluations summed up across consultations (and per consultation). */
export async function evaluationAcross(db: Db) {
	const rows = await db
		.select({ processId: evaluation.processId, slug: process.slug, title: process.title, scopeClear: evaluation.scopeClear, heard: evaluation.heard, again: evaluation.again })
		.from(evaluation)
		.innerJoin(process, eq(process.id, evaluation.processId))
		.where(isNotNull(evaluation.processId));
	const ids = [...new Set(rows.map((r) => r.processId))];
	return {
		overall: summariseEvaluations(rows),
		consultations: ids.map((id) => {
			const own = rows.filter((r) => r.processId === id);
			return { slug: own[0].slug, title: own[0].title, ...summariseEvaluations(own) };
		})
	};
}
