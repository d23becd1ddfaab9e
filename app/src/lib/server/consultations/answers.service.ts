import { z } from 'zod';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { NotFoundError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { user } from '../accounts/schema';
import { comment } from '../comments/schema';
import { process } from '../processes/schema';
import { mapPin, paragraph, partner, partnerSession, submissionAnswer, theme, ANSWER_STATUSES, SUBMISSION_KINDS, type AnswerStatus, type SubmissionKind } from './schema';
import { inTx, loadConsultation, requireManager } from './common';
import { CONSULTATION_ANSWER_REASON_MAX } from '../../limits';

export interface Submission {
	kind: SubmissionKind;
	id: string;
	text: string;
	context: string;
	authorId: string | null;
	authorName: string | null;
	districtId: number | null;
	topic: string | null;
	createdAt: Date;
	themeId: string | null;
	status: AnswerStatus | null;
	reason: string | null;
}

/** Every submission that needs an answer: paragraph comments (visible), map pins and partner
 * sessions, with their theme and answer. */
export async function allSubmissions(db: Db, processId: string): Promise<Submission[]> {
	const paras = await db.select({ id: paragraph.id, heading: paragraph.heading, position: paragraph.position }).from(paragraph).where(eq(paragraph.processId, processId));
	const comments = paras.length
		? await db
				.select({ id: comment.id, body: comment.body, targetId: comment.targetId, authorId: comment.authorId, authorName: user.name, districtId: user.districtId, createdAt: comment.createdAt })
				.from(comment)
				.leftJoin(user, eq(user.id, comment.authorId))
				.where(and(eq(comment.targetType, 'paragraph'), inArray(comment.targetId, paras.map((p) => p.id)), eq(comment.status, 'visible')))
		: [];
	const pins = await db.select({ p: mapPin, authorName: user.name }).from(mapPin).leftJoin(user, eq(user.id, mapPin.authorId)).where(eq(mapPin.processId, processId));
	const sessions = await db.select({ s: partnerSession, partnerName: partner.name, recorderName: user.name }).from(partnerSession).innerJoin(partner, eq(partner.id, partnerSession.partnerId)).leftJoin(user, eq(user.id, partnerSession.recordedBy)).where(eq(partnerSession.processId, processId));
	const answers = await db.select().from(submissionAnswer).where(eq(submissionAnswer.processId, processId));
	const a = (kind: string, id: string) => answers.find((x) => x.kind === kind && x.submissionId === id);
	const out: Submission[] = [];
	for (const c of comments) {
		const p = paras.find((x) => x.id === c.targetId)!;
		const ans = a('comment', c.id);
		out.push({ kind: 'comment', id: c.id, text: c.body, context: `§${p.position + 1}${p.heading ? ' ' + p.heading : ''}`, authorId: c.authorId, authorName: c.authorName, districtId: c.districtId, topic: null, createdAt: c.createdAt, themeId: ans?.themeId ?? null, status: ans?.status ?? null, reason: ans?.reason ?? null });
	}
	for (const { p, authorName } of pins) {
		const ans = a('pin', p.id);
		out.push({ kind: 'pin', id: p.id, text: p.body, context: `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`, authorId: p.authorId, authorName, districtId: p.districtId, topic: p.topic, createdAt: p.createdAt, themeId: ans?.themeId ?? null, status: ans?.status ?? null, reason: ans?.reason ?? null });
	}
	for (const { s, partnerName } of sessions) {
		const ans = a('session', s.id);
		out.push({ kind: 'session', id: s.id, text: `${s.title}: ${s.notes}`, context: `${partnerName} (${s.participants})`, authorId: s.recordedBy, authorName: partnerName, districtId: s.districtId, topic: null, createdAt: s.createdAt, themeId: ans?.themeId ?? null, status: ans?.status ?? null, reason: ans?.reason ?? null });
	}
	return out.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
}

/** How many submissions have an answer (their own or their theme's). */
export async function answeredCounts(db: Db, processId: string): Promise<{ total: number; answered: number }> {
	const subs = await allSubmissions(db, processId);
	const themes = await db.select({ id: theme.id, status: theme.status }).from(theme).where(eq(theme.processId, processId));
	const answeredThemes = new Set(themes.filter((t) => t.status).map((t) => t.id));
	return { total: subs.length, answered: subs.filter((s) => s.status || (s.themeId && answeredThemes.has(s.themeId))).length };
}

export async function listThemes(db: Db, processId: string) {
	return db
		.select({ id: theme.id, title: theme.title, status: theme.status, reason: theme.reason, answeredAt: theme.answeredAt, count: sql<number>`(select count(*)::int from ${submissionAnswer} where ${submissionAnswer.themeId} = ${theme.id})` })
		.from(theme)
		.where(eq(theme.processId, processId))
		.orderBy(asc(theme.createdAt), asc(theme.title));
}

/** Themes and answers everyone can read, and each answered submission's own answer. */
export async function publicAnswers(ctx: ServiceContext, processId: string) {
	await loadConsultation(ctx, ctx.db, processId);
	const themes = await listThemes(ctx.db, processId);
	const subs = await allSubmissions(ctx.db, processId);
	return {
		themes,
		submissions: subs.map(({ authorId, authorName, ...s }) => ({ ...s, authorName: s.kind === 'session' ? authorName : authorName ? authorName : null, mine: !!ctx.actor && authorId === ctx.actor.id }))
	};
}

/** For the officials: every submission with author names, and the themes. */
export async function submissionsForManager(ctx: ServiceContext, processId: string) {
	await requireManager(ctx, ctx.db, processId);
	return { submissions: await allSubmissions(ctx.db, processId), themes: await listThemes(ctx.db, processId) };
}

export const themeInput = z.object({ title: z.string().trim().min(3, 'title_too_short').max(200, 'title_too_long') });

export async function createTheme(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(themeInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const id = newId();
		await tx.insert(theme).values({ id, processId, title: data.title, createdAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'consultation.theme_create', targetType: 'process', targetId: processId, after: { id, ...data } });
		return id;
	});
}

const ref = z.object({ kind: z.enum(SUBMISSION_KINDS), submissionId: z.string().min(1).max(100) });

async function requireSubmission(tx: Db, processId: string, kind: SubmissionKind, id: string) {
	const found = (await allSubmissions(tx, processId)).find((s) => s.kind === kind && s.id === id);
	if (!found) throw new NotFoundError('submission_not_found');
	return found;
}

/** Puts a submission into a theme (or takes it out: themeId empty). */
export async function assignTheme(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(ref.extend({ themeId: z.preprocess((v) => (v === '' ? null : v), z.string().max(100).nullable()) }), input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		await requireSubmission(tx, processId, data.kind, data.submissionId);
		if (data.themeId) {
			const [t] = await tx.select().from(theme).where(and(eq(theme.id, data.themeId), eq(theme.processId, processId)));
			if (!t) throw new NotFoundError('theme_not_found');
		}
		await tx.insert(submissionAnswer).values({ kind: data.kind, submissionId: data.submissionId, processId, themeId: data.themeId }).onConflictDoUpdate({ target: [submissionAnswer.kind, submissionAnswer.submissionId], set: { themeId: data.themeId } });
		await recordAudit(tx, ctx, { action: 'consultation.theme_assign', targetType: data.kind, targetId: data.submissionId, after: { themeId: data.themeId } });
	});
}

export const answerInput = z.object({
	status: z.enum(ANSWER_STATUSES, { error: 'answer_status_required' }),
	reason: z.string().trim().min(10, 'reason_too_short').max(CONSULTATION_ANSWER_REASON_MAX, 'reason_too_long')
});


async function tellAuthor(tx: Db, ctx: ServiceContext, processId: string, s: Submission, status: AnswerStatus, reason: string) {
	if (!s.authorId) return;
	const [p] = await tx.select({ slug: process.slug, title: process.title }).from(process).where(eq(process.id, processId));
	await notify(
		tx,
		s.authorId,
		'consultation_answer',
		{ processSlug: p?.slug ?? '', title: p?.title ?? '', status, kind: s.kind },
		{ key: 'consultation_answer', params: { title: p?.title ?? '', submission: s.text.slice(0, 300) }, labels: { status: `consultations_answer_${status}` }, quote: reason, link: `/consultations/${p?.slug ?? ''}/answers` },
		ctx.now()
	);
}

/** Answers a theme; everyone whose submission is in it is notified. */
export async function answerTheme(ctx: ServiceContext, processId: string, themeId: string, input: unknown) {
	const data = parseInput(answerInput, input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [before] = await tx.select().from(theme).where(and(eq(theme.id, themeId), eq(theme.processId, processId)));
		if (!before) throw new NotFoundError('theme_not_found');
		await tx.update(theme).set({ status: data.status, reason: data.reason, answeredBy: ctx.actor!.id, answeredAt: ctx.now() }).where(eq(theme.id, themeId));
		await recordAudit(tx, ctx, { action: 'consultation.theme_answer', targetType: 'consultation_theme', targetId: themeId, before: { status: before.status, reason: before.reason }, after: data });
		const subs = (await allSubmissions(tx, processId)).filter((s) => s.themeId === themeId && !s.status);
		const told = new Set<string>();
		for (const s of subs) {
			if (!s.authorId || told.has(s.authorId)) continue;
			told.add(s.authorId);
			await tellAuthor(tx, ctx, processId, s, data.status, data.reason);
		}
	});
}

/** Answers one submission directly; its author is notified. */
export async function answerSubmission(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(ref.merge(answerInput), input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const s = await requireSubmission(tx, processId, data.kind, data.submissionId);
		const set = { status: data.status, reason: data.reason, answeredBy: ctx.actor!.id, answeredAt: ctx.now() };
		await tx.insert(submissionAnswer).values({ kind: data.kind, submissionId: data.submissionId, processId, ...set }).onConflictDoUpdate({ target: [submissionAnswer.kind, submissionAnswer.submissionId], set });
		await recordAudit(tx, ctx, { action: 'consultation.submission_answer', targetType: data.kind, targetId: data.submissionId, before: { status: s.status, reason: s.reason }, after: { status: data.status, reason: data.reason } });
		await tellAuthor(tx, ctx, processId, s, data.status, data.reason);
	});
}


