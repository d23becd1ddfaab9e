import { z } from 'zod';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { notify } from '../notifications/service';
import { letterOrder } from './recruitment.service';
import { registerMembersForSessions, unregisterFromSessions } from './sessions.service';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { addComment } from '../comments/service';
import { user } from '../accounts/schema';
import {
	ASSESSMENT_RATINGS,
	MATERIAL_KINDS,
	RESPONSE_STATUSES,
	SESSION_KINDS,
	VOTE_CHOICES,
	panel,
	panelDraw,
	type MonitorDraw,
	panelAssessment,
	panelMaterial,
	panelMember,
	panelRecommendation,
	panelResponse,
	panelRevision,
	panelSession,
	panelSubmission,
	panelUpdate,
	panelVote,
	panelVoteRound,
	panelVolunteer
} from './schema';
import { allow, inTx, loadPanel } from './common';
import { panelRules } from './permissions';
import { PANEL_ASSESSMENT_MAX, PANEL_RECOMMENDATION_MAX, PANEL_RESPONSE_MAX, PANEL_SUBMISSION_MAX, PANEL_UPDATE_MAX } from '../../limits';

// ---------------------------------------------------------------- sessions and materials

const safeUrl = z
	.string()
	.trim()
	.max(1000)
	.refine((u) => {
		try {
			const p = new URL(u).protocol;
			return p === 'https:' || p === 'http:';
		} catch {
			return false;
		}
	}, 'url_invalid');

export const materialInput = z.object({
	sessionId: z.string().min(1).max(100),
	kind: z.enum(MATERIAL_KINDS, { error: 'kind_invalid' }),
	title: z.string().trim().min(3, 'title_too_short').max(200, 'title_too_long'),
	speaker: z.string().trim().max(200).default(''),
	url: safeUrl
});

export async function addMaterial(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(materialInput, input);
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [s] = await tx.select().from(panelSession).where(and(eq(panelSession.id, data.sessionId), eq(panelSession.processId, processId)));
		if (!s) throw new ValidationError({ sessionId: 'session_invalid' });
		const id = newId();
		await tx.insert(panelMaterial).values({ id, ...data });
		await recordAudit(tx, ctx, { action: 'panel.material.add', targetType: 'panel', targetId: processId, after: { id, ...data } });
		return id;
	});
}


// ---------------------------------------------------------------- public submissions

export const submissionInput = z.object({
	title: z.string().trim().min(3, 'title_too_short').max(200, 'title_too_long'),
	body: z.string().trim().min(10, 'body_too_short').max(PANEL_SUBMISSION_MAX, 'body_too_long'),
	organisation: z.string().trim().max(200).default('')
});

/** "Co proponujecie panelistom?": a resident or an organisation writes to the panel. */
export async function submitToPanel(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	allow(ctx, panelRules.submitIdea(ctx.actor));
	const data = parseInput(submissionInput, input);
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	if (p.stage === 'followup' || p.stage === 'finished') throw new ConflictError('submissions_closed', { _: 'submissions_closed' });
	const id = newId();
	await ctx.db.insert(panelSubmission).values({ id, processId, authorId: ctx.actor!.id, organisation: data.organisation || null, title: data.title, body: data.body, createdAt: ctx.now() });
	return id;
}

export async function listSubmissions(db: Db, processId: string) {
	return db
		.select({ id: panelSubmission.id, title: panelSubmission.title, body: panelSubmission.body, organisation: panelSubmission.organisation, authorName: user.name, createdAt: panelSubmission.createdAt })
		.from(panelSubmission)
		.leftJoin(user, eq(user.id, panelSubmission.authorId))
		.where(eq(panelSubmission.processId, processId))
		.orderBy(desc(panelSubmission.createdAt));
}

// ---------------------------------------------------------------- recommendations (co-edited drafts)

export const recommendationInput = z.object({
	title: z.string().trim().min(5, 'title_too_short').max(300, 'title_too_long'),
	body: z.string().trim().min(10, 'body_too_short').max(PANEL_RECOMMENDATION_MAX, 'body_too_long'),
	withinCityPowers: z.coerce.boolean().default(true)
});

/** Panelists (and the panel's officials, as facilitators) start a draft recommendation. */
export async function createRecommendation(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(recommendationInput, input);
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
		const [{ n }] = await tx.select({ n: sql<number>`coalesce(max(${panelRecommendation.number}), 0)::int` }).from(panelRecommendation).where(eq(panelRecommendation.processId, processId));
		const id = newId();
		await tx.insert(panelRecommendation).values({ id, processId, number: n + 1, ...data, updatedBy: ctx.actor!.id, updatedAt: ctx.now() });
		await tx.insert(panelRevision).values({ id: newId(), recommendationId: id, version: 1, title: data.title, body: data.body, authorId: ctx.actor!.id, createdAt: ctx.now() });
		if (panelRules.manage(ctx.actor, standing)) await recordAudit(tx, ctx, { action: 'panel.recommendation.create', targetType: 'recommendation', targetId: id, after: data });
		return id;
	});
}

async function recommendationOf(db: Db, id: string) {
	const [r] = await db.select().from(panelRecommendation).where(eq(panelRecommendation.id, id));
	if (!r) throw new NotFoundError('recommendation_not_found');
	return r;
}

/** Co-editing: an edit names the version it started from; a stale edit is refused (409) so that
 * nobody overwrites another panelist's change unseen. */
export async function editRecommendation(ctx: ServiceContext, id: string, input: unknown) {
	const data = parseInput(recommendationInput.extend({ version: z.coerce.number().int().min(1) }), input);
	await inTx(ctx, async (tx) => {
		const r = await recommendationOf(tx, id);
		const { standing } = await loadPanel(tx, ctx, r.processId);
		allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
		if (r.status !== 'draft') throw new ConflictError('not_a_draft', { body: 'not_a_draft' });
		if (r.version !== data.version) throw new ConflictError('edit_conflict', { body: 'edit_conflict' });
		await tx
			.update(panelRecommendation)
			.set({ title: data.title, body: data.body, withinCityPowers: data.withinCityPowers, version: r.version + 1, updatedBy: ctx.actor!.id, updatedAt: ctx.now() })
			.where(eq(panelRecommendation.id, id));
		await tx.insert(panelRevision).values({ id: newId(), recommendationId: id, version: r.version + 1, title: data.title, body: data.body, authorId: ctx.actor!.id, createdAt: ctx.now() });
		if (panelRules.manage(ctx.actor, standing)) await recordAudit(tx, ctx, { action: 'panel.recommendation.edit', targetType: 'recommendation', targetId: id, before: { title: r.title, body: r.body }, after: data });
	});
}

/** Panelists comment on drafts (the shared comments module, target 'recommendation'). */
export async function commentOnRecommendation(ctx: ServiceContext, id: string, body: unknown, parentId?: string | null) {
	return addComment(ctx, { targetType: 'recommendation', targetId: id, parentId: parentId ?? null, body });
}

/** Only the panel's members and its organisers discuss a recommendation (checked by the comments module). */
export async function assertRecommendationCommentable(ctx: ServiceContext, id: string): Promise<void> {
	const r = await recommendationOf(ctx.db, id);
	const { standing } = await loadPanel(ctx.db, ctx, r.processId);
	allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
}

export async function listRecommendations(db: Db, processId: string) {
	const recs = await db.select().from(panelRecommendation).where(eq(panelRecommendation.processId, processId)).orderBy(asc(panelRecommendation.number));
	const responses = recs.length ? await db.select().from(panelResponse).where(inArray(panelResponse.recommendationId, recs.map((r) => r.id))) : [];
	const updates = recs.length ? await db.select().from(panelUpdate).where(inArray(panelUpdate.recommendationId, recs.map((r) => r.id))).orderBy(desc(panelUpdate.createdAt)) : [];
	return recs.map((r) => ({ ...r, response: responses.find((x) => x.recommendationId === r.id) ?? null, updates: updates.filter((u) => u.recommendationId === r.id) }));
}

export async function getRecommendation(ctx: ServiceContext, processId: string, number: number) {
	const [r] = await ctx.db.select().from(panelRecommendation).where(and(eq(panelRecommendation.processId, processId), eq(panelRecommendation.number, number)));
	if (!r) throw new NotFoundError('recommendation_not_found');
	const revisions = await ctx.db
		.select({ version: panelRevision.version, title: panelRevision.title, authorName: user.name, createdAt: panelRevision.createdAt })
		.from(panelRevision)
		.leftJoin(user, eq(user.id, panelRevision.authorId))
		.where(eq(panelRevision.recommendationId, r.id))
		.orderBy(desc(panelRevision.version));
	return { ...r, revisions };
}

// ---------------------------------------------------------------- voting

export const roundInput = z.object({
	recommendationIds: z.array(z.string().min(1).max(100)).min(1, 'recommendations_required').max(500),
	thresholdPct: z.coerce.number().int().min(50, 'threshold_invalid').max(100, 'threshold_invalid').optional(),
	allowAbstain: z.coerce.boolean().default(true)
});

/** Opens a voting round on draft recommendations (officials, as the panel's secretariat). */
export async function openRound(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(roundInput, input);
	return inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [open] = await tx.select({ id: panelVoteRound.id }).from(panelVoteRound).where(and(eq(panelVoteRound.processId, processId), eq(panelVoteRound.status, 'open')));
		if (open) throw new ConflictError('round_open', { _: 'round_open' });
		const recs = await tx.select().from(panelRecommendation).where(and(eq(panelRecommendation.processId, processId), inArray(panelRecommendation.id, data.recommendationIds)));
		if (recs.length !== data.recommendationIds.length || recs.some((r) => r.status !== 'draft')) throw new ValidationError({ recommendationIds: 'recommendations_invalid' });
		const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(panelVoteRound).where(eq(panelVoteRound.processId, processId));
		const id = newId();
		const thresholdPct = data.thresholdPct ?? p.thresholdPct;
		await tx.insert(panelVoteRound).values({ id, processId, number: n + 1, status: 'open', thresholdPct, allowAbstain: data.allowAbstain, abstainCounts: p.abstainCounts, recommendationIds: data.recommendationIds, openedAt: ctx.now() });
		await tx.update(panelRecommendation).set({ status: 'in_vote' }).where(inArray(panelRecommendation.id, data.recommendationIds));
		await tx.update(panel).set({ stage: 'voting', updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.round.open', targetType: 'panel', targetId: processId, after: { id, thresholdPct, recommendationIds: data.recommendationIds } });
		return id;
	});
}

export async function openRoundOf(db: Db, processId: string) {
	const [r] = await db.select().from(panelVoteRound).where(and(eq(panelVoteRound.processId, processId), eq(panelVoteRound.status, 'open')));
	return r ?? null;
}

export async function listRounds(db: Db, processId: string) {
	return db.select().from(panelVoteRound).where(eq(panelVoteRound.processId, processId)).orderBy(asc(panelVoteRound.number));
}

export const ballotInput = z.record(z.string(), z.enum(VOTE_CHOICES, { error: 'choice_invalid' }));

/** A panelist's ballot in the open round: one choice per recommendation (a choice can be changed
 * while the round is open; the database holds one row per panelist and recommendation). */
export async function castBallot(ctx: ServiceContext, processId: string, input: unknown) {
	const choices = parseInput(ballotInput, input);
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.vote(ctx.actor, standing));
		const round = await openRoundOf(tx, processId);
		if (!round) throw new ConflictError('no_open_round', { _: 'no_open_round' });
		const fields: Record<string, string> = {};
		for (const id of round.recommendationIds) {
			const c = choices[id];
			if (!c) fields[`choice_${id}`] = 'choice_required';
			else if (c === 'abstain' && !round.allowAbstain) fields[`choice_${id}`] = 'choice_invalid';
		}
		if (Object.keys(fields).length) throw new ValidationError(fields);
		for (const id of round.recommendationIds) {
			await tx
				.insert(panelVote)
				.values({ roundId: round.id, recommendationId: id, userId: ctx.actor!.id, voterKey: ctx.actor!.id, choice: choices[id], createdAt: ctx.now() })
				.onConflictDoUpdate({ target: [panelVote.roundId, panelVote.recommendationId, panelVote.voterKey], set: { choice: choices[id], createdAt: ctx.now() } });
		}
	});
}

export async function myBallot(ctx: ServiceContext, roundId: string): Promise<Record<string, string>> {
	if (!ctx.actor) return {};
	const rows = await ctx.db.select().from(panelVote).where(and(eq(panelVote.roundId, roundId), eq(panelVote.voterKey, ctx.actor.id)));
	return Object.fromEntries(rows.map((r) => [r.recommendationId, r.choice]));
}

/** Whether a recommendation passes: support as a share of the votes cast (abstentions counted
 * among them unless the panel decided otherwise) reaches the threshold. */
export function passes(t: { support: number; oppose: number; abstain: number }, thresholdPct: number, abstainCounts: boolean): boolean {
	const cast = t.support + t.oppose + (abstainCounts ? t.abstain : 0);
	return cast > 0 && t.support * 100 >= thresholdPct * cast;
}

/** Closes the round: counts, marks passed/failed, and binding where within the city's powers. */
export async function closeRound(ctx: ServiceContext, processId: string) {
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const round = await openRoundOf(tx, processId);
		if (!round) throw new ConflictError('no_open_round', { _: 'no_open_round' });
		const votes = await tx.select().from(panelVote).where(eq(panelVote.roundId, round.id));
		const result: Record<string, { support: number; oppose: number; abstain: number; passed: boolean }> = {};
		for (const id of round.recommendationIds) {
			const t = { support: 0, oppose: 0, abstain: 0 };
			for (const v of votes) if (v.recommendationId === id) t[v.choice]++;
			const ok = passes(t, round.thresholdPct, round.abstainCounts);
			result[id] = { ...t, passed: ok };
			const [rec] = await tx.select().from(panelRecommendation).where(eq(panelRecommendation.id, id));
			await tx
				.update(panelRecommendation)
				.set({ status: ok ? 'passed' : 'failed', binding: ok && rec.withinCityPowers, votesFor: t.support, votesAgainst: t.oppose, votesAbstain: t.abstain })
				.where(eq(panelRecommendation.id, id));
		}
		await tx.update(panelVoteRound).set({ status: 'closed', closedAt: ctx.now() }).where(eq(panelVoteRound.id, round.id));
		await tx.update(panel).set({ stage: 'followup', updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.round.close', targetType: 'panel', targetId: processId, after: result });
		return result;
	});
}

// ---------------------------------------------------------------- follow-up

export const responseInput = z
	.object({
		response: z.string().trim().min(10, 'panels_response_too_short').max(PANEL_RESPONSE_MAX, 'response_too_long'),
		department: z.string().trim().min(2, 'department_required').max(200),
		deadline: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.date({ error: 'invalid_date' }).optional()),
		status: z.enum(RESPONSE_STATUSES, { error: 'status_invalid' })
	})
	.refine((r) => r.status === 'rejected' || r.status === 'done' || !!r.deadline, { message: 'deadline_required', path: ['deadline'] });

/** The city's response to a voted recommendation: text, department, deadline, status. */
export async function respond(ctx: ServiceContext, recommendationId: string, input: unknown) {
	const data = parseInput(responseInput, input);
	await inTx(ctx, async (tx) => {
		const r = await recommendationOf(tx, recommendationId);
		const { standing } = await loadPanel(tx, ctx, r.processId);
		allow(ctx, panelRules.respond(ctx.actor, standing));
		if (r.status !== 'passed' && r.status !== 'failed') throw new ConflictError('not_voted', { response: 'not_voted' });
		const [before] = await tx.select().from(panelResponse).where(eq(panelResponse.recommendationId, recommendationId));
		const values = { response: data.response, department: data.department, deadline: data.deadline ?? null, status: data.status, updatedAt: ctx.now() };
		await tx.insert(panelResponse).values({ recommendationId, ...values }).onConflictDoUpdate({ target: panelResponse.recommendationId, set: values });
		if (before && before.status !== data.status) await tx.insert(panelUpdate).values({ id: newId(), recommendationId, status: data.status, body: data.response, authorId: ctx.actor!.id, createdAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'panel.response', targetType: 'recommendation', targetId: recommendationId, before: before ?? null, after: values });
	});
}

export const updateInput = z.object({
	status: z.enum(RESPONSE_STATUSES, { error: 'status_invalid' }),
	body: z.string().trim().min(5, 'body_too_short').max(PANEL_UPDATE_MAX, 'body_too_long')
});

/** An implementation update; it also moves the response's status. */
export async function addUpdate(ctx: ServiceContext, recommendationId: string, input: unknown) {
	const data = parseInput(updateInput, input);
	await inTx(ctx, async (tx) => {
		const r = await recommendationOf(tx, recommendationId);
		const { standing } = await loadPanel(tx, ctx, r.processId);
		allow(ctx, panelRules.respond(ctx.actor, standing));
		const [resp] = await tx.select().from(panelResponse).where(eq(panelResponse.recommendationId, recommendationId));
		if (!resp) throw new ConflictError('respond_first', { body: 'respond_first' });
		await tx.insert(panelUpdate).values({ id: newId(), recommendationId, status: data.status, body: data.body, authorId: ctx.actor!.id, createdAt: ctx.now() });
		await tx.update(panelResponse).set({ status: data.status, updatedAt: ctx.now() }).where(eq(panelResponse.recommendationId, recommendationId));
		await recordAudit(tx, ctx, { action: 'panel.update', targetType: 'recommendation', targetId: recommendationId, before: { status: resp.status }, after: data });
	});
}

export const monitorDrawInput = z.object({
	count: z.coerce.number({ error: 'monitor_count_invalid' }).int('monitor_count_invalid').min(1, 'monitor_count_invalid').max(100, 'monitor_count_invalid'),
	/** A public seed (e.g. the numbers of a public lottery); generated when empty. */
	seed: z.string().trim().max(200, 'seed_invalid').optional().default('')
});

/** The standing monitoring panel is drawn by lottery, again from the pool: among the volunteers
 * of the public draw who can still be reached (selected, reserves and not selected, with their
 * contact data not yet erased), in pool-row order, each gets the key SHA-256(seed + ":" + i) and
 * the `count` smallest keys are drawn — the letters lottery, so anyone can recompute it from the
 * published seed and rows. A new draw replaces the monitoring panel (at the review interval, or
 * when members leave). The drawn are told and registered for the monitoring sessions. */
export async function drawMonitors(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(monitorDrawInput, input);
	return inTx(ctx, async (tx) => {
		const { standing, process: proc } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select({ status: panelDraw.status }).from(panelDraw).where(eq(panelDraw.processId, processId));
		if (d?.status !== 'drawn') throw new ConflictError('draw_first', { _: 'draw_first' });
		const pool = await tx
			.select({ userId: panelVolunteer.userId, rowIndex: panelVolunteer.rowIndex })
			.from(panelVolunteer)
			.where(and(eq(panelVolunteer.processId, processId), inArray(panelVolunteer.status, ['selected', 'reserve', 'not_selected']), isNotNull(panelVolunteer.userId), isNotNull(panelVolunteer.rowIndex)))
			.orderBy(asc(panelVolunteer.rowIndex));
		if (data.count > pool.length) throw new ValidationError({ count: 'count_above_pool' }, 'invalid', { count: { available: pool.length } });
		const seed = data.seed || randomBytes(16).toString('hex');
		const order = letterOrder(seed, pool.length).slice(0, data.count);
		const drawn = order.map((i) => pool[i]);
		const record: MonitorDraw = { seed, eligible: pool.map((v) => v.rowIndex!), drawn: drawn.map((v) => v.rowIndex!), count: data.count, drawnAt: ctx.now().toISOString() };
		const before = await tx.select({ userId: panelMember.userId }).from(panelMember).where(and(eq(panelMember.processId, processId), eq(panelMember.role, 'monitor'), eq(panelMember.active, true)));
		const drawnIds = new Set(drawn.map((v) => v.userId!));
		await tx.update(panelMember).set({ active: false }).where(and(eq(panelMember.processId, processId), eq(panelMember.role, 'monitor')));
		for (const b of before) if (!drawnIds.has(b.userId)) await unregisterFromSessions(tx, processId, b.userId, ctx.now(), { kinds: ['monitoring'] });
		for (const v of drawn) await tx.insert(panelMember).values({ processId, userId: v.userId!, role: 'monitor', active: true, joinedAt: ctx.now() }).onConflictDoUpdate({ target: [panelMember.processId, panelMember.userId, panelMember.role], set: { active: true, joinedAt: ctx.now() } });
		await tx.update(panel).set({ monitorDraw: record, updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await registerMembersForSessions(tx, processId, ctx.now(), { userIds: [...drawnIds] });
		await recordAudit(tx, ctx, { action: 'panel.monitors.draw', targetType: 'panel', targetId: processId, before: { monitors: before.map((b) => b.userId) }, after: record });
		for (const userId of drawnIds) await notify(tx, userId, 'panel_monitor', { processId, title: proc.title, slug: proc.slug }, { key: 'panel_monitor', params: { title: proc.title }, link: `/panels/${proc.slug}` }, ctx.now());
		return record;
	});
}

/** How many people the monitoring panel can be drawn from (reachable volunteers of the pool). */
export async function monitorPoolSize(db: Db, processId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(panelVolunteer)
		.where(and(eq(panelVolunteer.processId, processId), inArray(panelVolunteer.status, ['selected', 'reserve', 'not_selected']), isNotNull(panelVolunteer.userId), isNotNull(panelVolunteer.rowIndex)));
	return row?.n ?? 0;
}

export const assessmentInput = z.object({
	rating: z.enum(ASSESSMENT_RATINGS, { error: 'rating_invalid' }),
	body: z.string().trim().min(20, 'assessment_too_short').max(PANEL_ASSESSMENT_MAX, 'body_too_long')
});

/** The monitoring panel publishes its assessment of the progress. */
export async function postAssessment(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(assessmentInput, input);
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.assess(ctx.actor, standing));
	const id = newId();
	await ctx.db.insert(panelAssessment).values({ id, processId, ...data, authorId: ctx.actor!.id, createdAt: ctx.now() });
	return id;
}

export async function listAssessments(db: Db, processId: string) {
	return db
		.select({ id: panelAssessment.id, rating: panelAssessment.rating, body: panelAssessment.body, createdAt: panelAssessment.createdAt })
		.from(panelAssessment)
		.where(eq(panelAssessment.processId, processId))
		.orderBy(desc(panelAssessment.createdAt));
}

export async function listMembers(db: Db, processId: string) {
	return db
		.select({ userId: panelMember.userId, role: panelMember.role, active: panelMember.active, name: user.name })
		.from(panelMember)
		.innerJoin(user, eq(user.id, panelMember.userId))
		.where(eq(panelMember.processId, processId))
		.orderBy(asc(user.name));
}

export type ScoreState = 'done' | 'in_progress' | 'late' | 'rejected' | 'awaiting';
/** State of a recommendation on the public scorecard. */
export function scoreState(resp: { status: string; deadline: Date | null } | null, now: Date): ScoreState {
	if (!resp) return 'awaiting';
	if (resp.status === 'done') return 'done';
	if (resp.status === 'rejected') return 'rejected';
	if (resp.deadline && resp.deadline < now) return 'late';
	return 'in_progress';
}

/** The public scorecard: how many voted recommendations are done, in progress, late, rejected. */
export async function scorecard(ctx: ServiceContext, processId: string) {
	await loadPanel(ctx.db, ctx, processId);
	const recs = (await listRecommendations(ctx.db, processId)).filter((r) => r.status === 'passed');
	const items = recs.map((r) => ({ id: r.id, number: r.number, title: r.title, binding: r.binding, state: scoreState(r.response, ctx.now()), response: r.response }));
	const counts: Record<ScoreState, number> = { done: 0, in_progress: 0, late: 0, rejected: 0, awaiting: 0 };
	for (const i of items) counts[i.state]++;
	return { items, counts, total: items.length };
}
