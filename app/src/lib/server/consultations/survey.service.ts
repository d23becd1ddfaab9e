import { z } from 'zod';
import { randomBytes, createHash } from 'node:crypto';
import { and, asc, eq, gt, lt, desc, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { findDistrictAt } from '../districts/service';
import { surveyAnswer, surveyQuestion, surveyResponse, QUESTION_KINDS } from './schema';
import { ageBandOf, inTx, isOpen, loadConsultation, requireManager } from './common';
import { consultationRules } from './permissions';
import { SURVEY_LONG_ANSWER_MAX, SURVEY_SHORT_ANSWER_MAX } from '../../limits';

export type Question = typeof surveyQuestion.$inferSelect;
const lines = z.preprocess((v) => (typeof v === 'string' ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : v), z.array(z.string().trim().min(1).max(300)).max(30));

export const questionInput = z
	.object({
		kind: z.enum(QUESTION_KINDS, { error: 'required' }),
		prompt: z.string().trim().min(3, 'prompt_too_short').max(500, 'prompt_too_long'),
		hint: z.string().trim().max(1000).default(''),
		options: lines.default([]),
		rows: lines.default([]),
		scaleMin: z.preprocess((v) => (v === '' || v == null ? 1 : v), z.coerce.number().int().min(0).max(10)),
		scaleMax: z.preprocess((v) => (v === '' || v == null ? 5 : v), z.coerce.number().int().min(1).max(10)),
		required: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
		conditionQuestionId: z.preprocess((v) => (v === '' ? null : v), z.string().max(100).nullable()).default(null),
		conditionValue: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(300).nullable()).default(null)
	})
	.refine((q) => !['single', 'multiple', 'ranking', 'matrix'].includes(q.kind) || q.options.length >= 2, { message: 'options_required', path: ['options'] })
	.refine((q) => q.kind !== 'matrix' || q.rows.length >= 1, { message: 'rows_required', path: ['rows'] })
	.refine((q) => q.kind !== 'scale' || q.scaleMax > q.scaleMin, { message: 'scale_invalid', path: ['scaleMax'] })
	.refine((q) => !q.conditionQuestionId === !q.conditionValue, { message: 'condition_incomplete', path: ['conditionValue'] });

export async function listQuestions(db: Db, processId: string): Promise<Question[]> {
	return db.select().from(surveyQuestion).where(eq(surveyQuestion.processId, processId)).orderBy(asc(surveyQuestion.position));
}

/** Adds a question at the end of the survey (builder). A condition may only point to an
 * earlier choice question. */
export async function addQuestion(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(questionInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const existing = await listQuestions(tx, processId);
		if (data.conditionQuestionId) {
			const target = existing.find((q) => q.id === data.conditionQuestionId);
			if (!target || !['single', 'multiple'].includes(target.kind)) throw new ValidationError({ conditionQuestionId: 'condition_invalid' });
			if (!target.options.includes(data.conditionValue!)) throw new ValidationError({ conditionValue: 'condition_invalid' });
		}
		const id = newId();
		const keep = ['single', 'multiple', 'ranking', 'matrix'].includes(data.kind);
		await tx.insert(surveyQuestion).values({ id, processId, position: (existing.at(-1)?.position ?? -1) + 1, ...data, options: keep ? data.options : [], rows: data.kind === 'matrix' ? data.rows : [] });
		await recordAudit(tx, ctx, { action: 'survey.question_add', targetType: 'process', targetId: processId, after: { id, ...data } });
		return id;
	});
}

async function responsesCount(db: Db, processId: string) {
	const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(surveyResponse).where(eq(surveyResponse.processId, processId));
	return n;
}

/** Removes a question; refused once answers exist (they would lose their meaning). */
export async function removeQuestion(ctx: ServiceContext, processId: string, questionId: string) {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [q] = await tx.select().from(surveyQuestion).where(and(eq(surveyQuestion.id, questionId), eq(surveyQuestion.processId, processId)));
		if (!q) throw new NotFoundError('question_not_found');
		if ((await responsesCount(tx, processId)) > 0) throw new ConflictError('survey_has_answers', { question: 'survey_has_answers' });
		await tx.update(surveyQuestion).set({ conditionQuestionId: null, conditionValue: null }).where(eq(surveyQuestion.conditionQuestionId, questionId));
		await tx.delete(surveyQuestion).where(eq(surveyQuestion.id, questionId));
		await recordAudit(tx, ctx, { action: 'survey.question_remove', targetType: 'process', targetId: processId, before: q });
	});
}

/** Moves a question one place up or down. */
export async function moveQuestion(ctx: ServiceContext, processId: string, questionId: string, direction: 'up' | 'down') {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [q] = await tx.select().from(surveyQuestion).where(and(eq(surveyQuestion.id, questionId), eq(surveyQuestion.processId, processId)));
		if (!q) throw new NotFoundError('question_not_found');
		const [other] = await tx
			.select()
			.from(surveyQuestion)
			.where(and(eq(surveyQuestion.processId, processId), direction === 'up' ? lt(surveyQuestion.position, q.position) : gt(surveyQuestion.position, q.position)))
			.orderBy(direction === 'up' ? desc(surveyQuestion.position) : asc(surveyQuestion.position))
			.limit(1);
		if (!other) return;
		if (q.conditionQuestionId === other.id || other.conditionQuestionId === q.id) throw new ConflictError('condition_order', { question: 'condition_order' });
		await tx.update(surveyQuestion).set({ position: other.position }).where(eq(surveyQuestion.id, q.id));
		await tx.update(surveyQuestion).set({ position: q.position }).where(eq(surveyQuestion.id, other.id));
		await recordAudit(tx, ctx, { action: 'survey.question_move', targetType: 'process', targetId: processId, after: { questionId, direction } });
	});
}

export type AnswerValue = string | string[] | number | Record<string, string> | { lat: number; lon: number };
export type Answers = Record<string, AnswerValue>;

/** Reads the survey form (plain HTML, no JavaScript): q_<id> for single/text/scale, repeated
 * q_<id> for multiple, q_<id>_<i> for ranking positions and matrix rows, q_<id>_lat/_lon. */
export function answersFromForm(form: FormData, questions: Question[]): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const q of questions) {
		const k = `q_${q.id}`;
		if (q.kind === 'multiple') raw[q.id] = form.getAll(k).map(String);
		else if (q.kind === 'ranking') raw[q.id] = q.options.map((_, i) => String(form.get(`${k}_${i}`) ?? ''));
		else if (q.kind === 'matrix') raw[q.id] = Object.fromEntries(q.rows.map((r, i) => [r, String(form.get(`${k}_${i}`) ?? '')]));
		else if (q.kind === 'map_point') raw[q.id] = { lat: String(form.get(`${k}_lat`) ?? ''), lon: String(form.get(`${k}_lon`) ?? '') };
		else raw[q.id] = String(form.get(k) ?? '');
	}
	return raw;
}

export function isVisible(q: Question, answers: Answers): boolean {
	if (!q.conditionQuestionId || !q.conditionValue) return true;
	const a = answers[q.conditionQuestionId];
	return Array.isArray(a) ? a.includes(q.conditionValue) : a === q.conditionValue;
}

/** Validates raw answers (from the form, or the JSON carried through the check page) into
 * normalised values; hidden conditional questions are dropped. Errors name the fields. */
export async function validateAnswers(db: Db, questions: Question[], raw: Record<string, unknown>): Promise<Answers> {
	const out: Answers = {};
	const errors: Record<string, string> = {};
	const errorParams: Record<string, { max: number; got: number }> = {};
	const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.every((x) => x === '')) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => x === '' || x === null || x === undefined));
	for (const q of questions) {
		const field = `q_${q.id}`;
		if (!isVisible(q, out)) continue;
		const v = raw[q.id];
		if (isBlank(v) || (q.kind === 'multiple' && Array.isArray(v) && v.length === 0)) {
			if (q.required) errors[field] = 'answer_required';
			continue;
		}
		switch (q.kind) {
			case 'single':
				if (typeof v !== 'string' || !q.options.includes(v)) errors[field] = 'answer_invalid';
				else out[q.id] = v;
				break;
			case 'multiple': {
				const arr = Array.isArray(v) ? v.map(String) : [String(v)];
				if (!arr.every((x) => q.options.includes(x)) || new Set(arr).size !== arr.length) errors[field] = 'answer_invalid';
				else out[q.id] = q.options.filter((o) => arr.includes(o));
				break;
			}
			case 'scale': {
				const n = Number(v);
				if (!Number.isInteger(n) || n < q.scaleMin || n > q.scaleMax) errors[field] = 'answer_invalid';
				else out[q.id] = n;
				break;
			}
			case 'short_text':
			case 'long_text': {
				const s = String(v).trim();
				const max = q.kind === 'short_text' ? SURVEY_SHORT_ANSWER_MAX : SURVEY_LONG_ANSWER_MAX;
				if (s.length > max) {
					errors[field] = 'answer_too_long';
					errorParams[field] = { max, got: s.length };
				}
				else if (s) out[q.id] = s;
				else if (q.required) errors[field] = 'answer_required';
				break;
			}
			case 'ranking': {
				// Either positions per option (form) or the ordered list (JSON).
				let order: string[] | null = null;
				if (Array.isArray(v) && v.length === q.options.length && v.every((x) => q.options.includes(String(x)))) order = v.map(String);
				else if (Array.isArray(v) && v.length === q.options.length) {
					const ranks = v.map((x) => Number(x));
					const valid = ranks.every((r) => Number.isInteger(r) && r >= 1 && r <= q.options.length) && new Set(ranks).size === ranks.length;
					if (valid) order = q.options.map((o, i) => ({ o, r: ranks[i] })).sort((a, b) => a.r - b.r).map((x) => x.o);
				}
				if (!order || new Set(order).size !== q.options.length) errors[field] = 'ranking_invalid';
				else out[q.id] = order;
				break;
			}
			case 'matrix': {
				const obj = (typeof v === 'object' && v && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
				const res: Record<string, string> = {};
				let bad = false;
				for (const r of q.rows) {
					const c = obj[r];
					if (c === undefined || c === '' || c === null) {
						if (q.required) bad = true;
						continue;
					}
					if (typeof c !== 'string' || !q.options.includes(c)) bad = true;
					else res[r] = c;
				}
				if (Object.keys(obj).some((k) => !q.rows.includes(k))) bad = true;
				if (bad) errors[field] = q.required ? 'matrix_incomplete' : 'answer_invalid';
				else out[q.id] = res;
				break;
			}
			case 'map_point': {
				const p = (typeof v === 'object' && v ? v : {}) as { lat?: unknown; lon?: unknown };
				const lat = Number(p.lat);
				const lon = Number(p.lon);
				if (p.lat === '' || p.lon === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) errors[field] = 'invalid_coordinate';
				else if (!(await findDistrictAt(db, lon, lat))) errors[field] = 'outside_krakow';
				else out[q.id] = { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
				break;
			}
		}
	}
	if (Object.keys(errors).length) throw new ValidationError(errors, 'survey_answers_invalid', errorParams);
	return out;
}

export function deviceKeyHash(cookie: string): string {
	return createHash('sha256').update(`decydujemy-device:${cookie}`).digest('hex');
}

async function surveyContext(ctx: ServiceContext, processId: string) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.forms.includes('survey')) throw new NotFoundError('survey_not_found');
	const questions = await listQuestions(ctx.db, processId);
	return { ...c, questions };
}

/** The check-your-answers step: validates without saving. */
export async function checkSurveyAnswers(ctx: ServiceContext, processId: string, raw: Record<string, unknown>) {
	const c = await surveyContext(ctx, processId);
	if (!consultationRules.answerSurvey(ctx.actor, c.settings.surveyAnonymous)) throw new ForbiddenError('sign_in_to_answer');
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError('consultation_not_open', { survey: 'consultation_not_open' });
	return { answers: await validateAnswers(ctx.db, c.questions, raw), questions: c.questions };
}

/** Saves one response: one per person for signed surveys, one per device for anonymous ones —
 * both held by unique constraints, so a second answer is a 409 even under a race. */
export async function submitSurveyResponse(ctx: ServiceContext, processId: string, raw: Record<string, unknown>, opts: { deviceCookie?: string } = {}): Promise<{ receipt: string }> {
	const c = await surveyContext(ctx, processId);
	if (!consultationRules.answerSurvey(ctx.actor, c.settings.surveyAnonymous)) throw new ForbiddenError('sign_in_to_answer');
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError('consultation_not_open', { survey: 'consultation_not_open' });
	const answers = await validateAnswers(ctx.db, c.questions, raw);
	const anonymous = c.settings.surveyAnonymous;
	if (anonymous && !opts.deviceCookie) throw new ValidationError({ survey: 'device_cookie_required' });
	let districtId: number | null = null;
	let ageBand: string | null = null;
	if (ctx.actor) {
		const [u] = await ctx.db.select({ districtId: user.districtId, birthYear: user.birthYear }).from(user).where(eq(user.id, ctx.actor.id));
		districtId = u?.districtId ?? null;
		ageBand = ageBandOf(u?.birthYear, ctx.now());
	}
	const receipt = randomBytes(5).toString('hex').toUpperCase();
	const id = newId();
	try {
		await inTx(ctx.db, async (tx) => {
			await tx.insert(surveyResponse).values({ id, processId, userId: anonymous ? null : ctx.actor!.id, deviceKey: anonymous ? deviceKeyHash(opts.deviceCookie!) : null, districtId, ageBand, receipt, createdAt: ctx.now() });
			const rows = Object.entries(answers).map(([questionId, value]) => ({ responseId: id, questionId, value }));
			if (rows.length) await tx.insert(surveyAnswer).values(rows);
		});
	} catch (e) {
		const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
		if (code === '23505') throw new ConflictError('already_answered', { survey: 'already_answered' });
		throw e;
	}
	return { receipt };
}

/** Whether this person (or device) has answered already. */
export async function hasAnswered(ctx: ServiceContext, processId: string, opts: { deviceCookie?: string; anonymous: boolean }) {
	if (opts.anonymous) {
		if (!opts.deviceCookie) return false;
		const [r] = await ctx.db.select({ id: surveyResponse.id }).from(surveyResponse).where(and(eq(surveyResponse.processId, processId), eq(surveyResponse.deviceKey, deviceKeyHash(opts.deviceCookie))));
		return !!r;
	}
	if (!ctx.actor) return false;
	const [r] = await ctx.db.select({ id: surveyResponse.id }).from(surveyResponse).where(and(eq(surveyResponse.processId, processId), eq(surveyResponse.userId, ctx.actor.id)));
	return !!r;
}
