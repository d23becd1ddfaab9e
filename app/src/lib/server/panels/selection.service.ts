import { z } from 'zod';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { panel, panelDraw, panelMember, panelVolunteer, type PublicInput } from './schema';
import { fromWarsawLocal } from '../organisations/common';
import { allow, inTx, loadPanel } from './common';
import { panelRules } from './permissions';
import { listQuotas, type QuotaView } from './setup.service';
import type { SelectionJob, SelectionResult, DrawJobResult } from './jobs.types';
import { runWorker } from './runner';
import { registerMembersForSessions, unregisterFromSessions } from './sessions.service';

/** Closes registration and numbers the pool: row i of the anonymised pool is volunteer i. */
export async function freezePool(ctx: ServiceContext, processId: string) {
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.poolFrozenAt) throw new ConflictError('pool_already_closed');
		const vols = await tx.select({ id: panelVolunteer.id }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.status, 'registered'))).orderBy(asc(panelVolunteer.createdAt), asc(panelVolunteer.id));
		if (vols.length < p.size) throw new ValidationError({ _: 'pool_too_small' }, 'invalid', { _: { have: vols.length, seats: p.size } });
		for (let i = 0; i < vols.length; i++) await tx.update(panelVolunteer).set({ rowIndex: i }).where(eq(panelVolunteer.id, vols[i].id));
		await tx.update(panel).set({ poolFrozenAt: ctx.now(), stage: 'selection', updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.pool.freeze', targetType: 'panel', targetId: processId, after: { volunteers: vols.length } });
	});
}

export type { SelectionJob, SelectionResult };

export async function buildJob(db: Db, processId: string, m: number, seed = ''): Promise<SelectionJob> {
	const [p] = await db.select().from(panel).where(eq(panel.processId, processId));
	if (!p) throw new NotFoundError('panel_not_found');
	const quotas = await listQuotas(db, processId);
	const features = [...new Set(quotas.map((q) => q.feature))];
	const values = Object.fromEntries(features.map((f) => [f, quotas.filter((q) => q.feature === f).map((q) => q.value)]));
	const vols = await db.select({ rowIndex: panelVolunteer.rowIndex, answers: panelVolunteer.answers, household: panelVolunteer.household }).from(panelVolunteer).where(eq(panelVolunteer.processId, processId)).orderBy(asc(panelVolunteer.rowIndex));
	const pool = vols.filter((v) => v.rowIndex !== null);
	const hh = new Map<string, number[]>();
	pool.forEach((v, i) => v.household && hh.set(v.household, [...(hh.get(v.household) ?? []), i]));
	const groups = [...hh.values()].filter((g) => g.length > 1);
	const household = pool.map(() => -1);
	groups.forEach((g, gi) => g.forEach((i) => (household[i] = gi)));
	return { kind: 'select', k: p.size, m, reserves: p.reserves, features, values, quotas, rows: pool.map((v) => features.map((f) => v.answers[f] ?? '')), household, seed, maxPricingMips: 100_000 };
}

export const selectionInput = z.object({ m: z.coerce.number().int().min(10, 'm_invalid').max(100_000, 'm_invalid').default(1000) });

/** Queues the selection (feasibility, LEXIMIN, rounding to m panels); a worker thread runs it. */
export async function startSelection(ctx: ServiceContext, processId: string, input: unknown = {}) {
	const { m } = parseInput(selectionInput, input);
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (!p.poolFrozenAt) throw new ConflictError('pool_open', { _: 'pool_open' });
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (d && (d.status === 'committed' || d.status === 'drawn' || d.status === 'running' || d.status === 'queued')) throw new ConflictError('selection_locked', { _: 'selection_locked' });
		const job = await buildJob(tx, processId, m);
		// The secret seed is fixed before the lottery is computed; the lottery publishes its hash.
		const seed = randomBytes(16).toString('hex');
		const values = { status: 'queued' as const, algorithm: 'leximin', progress: null, progressPct: 0, pool: { features: job.features, rows: job.rows }, panels: null, probabilities: null, reserves: null, report: { m }, error: null, workerId: null, startedAt: null, finishedAt: null, seed, seedHash: null, dice: null, chosenIndex: null, committedAt: null, drawnAt: null };
		if (d) await tx.update(panelDraw).set(values).where(eq(panelDraw.processId, processId));
		else await tx.insert(panelDraw).values({ processId, ...values });
		await recordAudit(tx, ctx, { action: 'panel.selection.start', targetType: 'panel', targetId: processId, after: { m, pool: job.rows.length } });
	});
}

/** Publishes the lottery: the anonymised pool, the m panels and SHA-256 of the secret seed
 * (fixed when the lottery was computed). The seed itself is revealed at the draw. */
export async function commitSeed(ctx: ServiceContext, processId: string) {
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== 'ready' || !d.seedHash) throw new ConflictError('not_ready', { _: 'not_ready' });
		await tx.update(panelDraw).set({ status: 'committed', committedAt: ctx.now() }).where(eq(panelDraw.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.draw.commit', targetType: 'panel', targetId: processId, after: { seedHash: d.seedHash, lotteryHash: (d.report as { lotteryHash?: string } | null)?.lotteryHash } });
	});
}

export const drawInput = z.object({
	kind: z.string().trim().default(''),
	dice: z.string().trim().max(100, 'text_too_long').default(''),
	witnesses: z.string().trim().max(500).default(''),
	numbers: z.string().trim().max(300, 'text_too_long').default(''),
	source: z.string().trim().max(300).default(''),
	announcedAt: z.string().trim().max(40).default('')
});

/**
 * The public random input of a draw, checked: the server's seed alone never decides. The seed's
 * commitment must have been published before now, and the official enters either dice thrown live
 * (the throws and the witnesses' names) or numbers announced publicly after the commitment (e.g. a
 * named lottery result: the numbers, where they were announced and when). Every missing piece is
 * named in the error.
 */
export function checkPublicInput(input: unknown, committedAt: Date | null, now: Date): PublicInput {
	const v = parseInput(drawInput, input);
	if (!committedAt) throw new ConflictError('not_committed', { _: 'not_committed' });
	if (committedAt.getTime() >= now.getTime()) throw new ConflictError('commitment_not_in_advance', { _: 'commitment_not_in_advance' });
	const fields: Record<string, string> = {};
	if (v.kind === 'dice') {
		if (!/^[1-6 ,]*$/.test(v.dice)) fields.dice = 'dice_invalid';
		else if (!/[1-6]/.test(v.dice)) fields.dice = 'dice_missing';
		if (!v.witnesses) fields.witnesses = 'witnesses_missing';
		if (Object.keys(fields).length) throw new ValidationError(fields);
		return { kind: 'dice', numbers: [...v.dice.replace(/[^1-6]/g, '')].map(Number), witnesses: v.witnesses, source: '', announcedAt: null };
	}
	if (v.kind === 'announced') {
		const parts = v.numbers.split(/[\s,;]+/).filter((x) => x !== '');
		if (!parts.length) fields.numbers = 'numbers_missing';
		else if (parts.some((x) => !/^\d{1,9}$/.test(x) || Number(x) < 1)) fields.numbers = 'numbers_invalid';
		if (!v.source) fields.source = 'source_missing';
		const at = v.announcedAt ? fromWarsawLocal(v.announcedAt) : null;
		if (!v.announcedAt) fields.announcedAt = 'announced_at_missing';
		else if (!at) fields.announcedAt = 'invalid_date';
		else if (at.getTime() <= committedAt.getTime()) fields.announcedAt = 'announced_before_commitment';
		else if (at.getTime() > now.getTime()) fields.announcedAt = 'announced_in_future';
		if (Object.keys(fields).length) throw new ValidationError(fields);
		return { kind: 'announced', numbers: parts.map(Number), witnesses: '', source: v.source, announcedAt: at!.toISOString() };
	}
	throw new ValidationError({ kind: 'public_input_missing' });
}

/** The check-your-answers step before the draw: the same checks as the draw, nothing written. */
export async function reviewDraw(ctx: ServiceContext, processId: string, input: unknown = {}) {
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.manage(ctx.actor, standing));
	const [d] = await ctx.db.select().from(panelDraw).where(eq(panelDraw.processId, processId));
	if (!d || d.status !== 'committed') throw new ConflictError('not_committed', { _: 'not_committed' });
	const publicInput = checkPublicInput(input, d.committedAt, ctx.now());
	const [p] = await ctx.db.select({ size: panel.size, reserves: panel.reserves }).from(panel).where(eq(panel.processId, processId));
	return { publicInput, seats: p?.size ?? 0, reserves: p?.reserves ?? 0, pool: d.pool?.rows.length ?? 0, m: d.panels?.length ?? 0 };
}

/** The public draw: the seed is revealed and mixed with the public random input (dice thrown live
 * or numbers announced after the commitment), the chosen panel index computed; selected volunteers
 * and reserves are told. */
export async function performDraw(ctx: ServiceContext, processId: string, input: unknown = {}) {
	const [pre] = await ctx.db.select().from(panelDraw).where(eq(panelDraw.processId, processId));
	if (!pre || pre.status !== 'committed' || !pre.seed) throw new ConflictError('not_committed', { _: 'not_committed' });
	{
		const { standing } = await loadPanel(ctx.db, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
	}
	const publicInput = checkPublicInput(input, pre.committedAt, ctx.now());
	const diceDigits = publicInput.kind === 'dice' ? publicInput.numbers.join('') : '';
	const [pp] = await ctx.db.select({ reserves: panel.reserves }).from(panel).where(eq(panel.processId, processId));
	// The engine's verifyDraw and reserve list, in a worker (the same code anyone runs to verify).
	const drawn = await runWorker<DrawJobResult>({ kind: 'draw', published: (pre.report as { published: Record<string, unknown> }).published, seed: pre.seed, dice: publicInput.numbers, reserves: pp?.reserves ?? 0 });
	const notices: { userId: string; kind: 'selected' | 'reserve' | 'not_selected' }[] = [];
	const result = await inTx(ctx, async (tx) => {
		const { panel: p, process: proc, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== 'committed' || !d.seed || !d.panels || d.seed !== pre.seed) throw new ConflictError('not_committed', { _: 'not_committed' });
		const chosen = drawn.index;
		const members = new Set(drawn.panel);
		const reserveRows = drawn.reserves.filter((r) => !members.has(r)).slice(0, p.reserves);
		const vols = await tx.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		for (const v of vols) {
			if (v.rowIndex === null || v.status === 'withdrawn') continue;
			const rank = reserveRows.indexOf(v.rowIndex);
			const status = members.has(v.rowIndex) ? 'selected' : rank >= 0 ? 'reserve' : 'not_selected';
			await tx.update(panelVolunteer).set({ status, reserveRank: rank >= 0 ? rank + 1 : null }).where(eq(panelVolunteer.id, v.id));
			if (status === 'selected' && v.userId) {
				await tx.insert(panelMember).values({ processId, userId: v.userId, role: 'panelist', active: true, volunteerId: v.id, joinedAt: ctx.now() }).onConflictDoUpdate({ target: [panelMember.processId, panelMember.userId, panelMember.role], set: { active: true, volunteerId: v.id } });
			}
			if (v.userId && status !== 'not_selected') notices.push({ userId: v.userId, kind: status });
			else if (v.userId) notices.push({ userId: v.userId, kind: 'not_selected' });
		}
		await tx.update(panelDraw).set({ status: 'drawn', dice: diceDigits || null, publicInput, chosenIndex: chosen, reserves: reserveRows, drawnAt: ctx.now() }).where(eq(panelDraw.processId, processId));
		await tx.update(panel).set({ stage: 'deliberation', updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		// Sessions already scheduled: the drawn panelists are registered for them (reminders).
		await registerMembersForSessions(tx, processId, ctx.now());
		await recordAudit(tx, ctx, { action: 'panel.draw', targetType: 'panel', targetId: processId, after: { seed: d.seed, publicInput, chosen, m: d.panels.length } });
		for (const n of notices) {
			await notify(tx, n.userId, `panel_${n.kind}`, { processId, title: proc.title, slug: proc.slug }, { key: `panel_${n.kind}`, params: { title: proc.title }, link: `/panels/${proc.slug}` }, ctx.now());
		}
		return { chosen, members: [...members], reserves: reserveRows, seed: d.seed };
	});
	return result;
}

export function drawNumbers(publicInput: PublicInput | null, dice: string | null): number[] {
	return publicInput ? publicInput.numbers : [...(dice ?? '')].map(Number);
}

/** Seat counts of a set of rows against the quotas (is every quota still met?). */
export function quotaViolations(rows: string[][], features: string[], quotas: QuotaView[], chosen: number[]): string[] {
	const out: string[] = [];
	for (const q of quotas) {
		const f = features.indexOf(q.feature);
		const n = chosen.filter((r) => rows[r]?.[f] === q.value).length;
		if (n < q.min || n > q.max) out.push(`${q.feature}=${q.value}: ${n} ∉ [${q.min}, ${q.max}]`);
	}
	return out;
}

/** A selected panelist drops out: the first reserve (in the published reserve order) whose
 * arrival keeps every quota is invited instead; if none fits, the first whose profile matches
 * the drop-out's on the most criteria. */
export async function replaceDropout(ctx: ServiceContext, processId: string, volunteerId: string) {
	return inTx(ctx, async (tx) => {
		const { standing, process: proc } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== 'drawn' || !d.pool) throw new ConflictError('no_draw_yet');
		const vols = await tx.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		const out = vols.find((v) => v.id === volunteerId);
		if (!out || (out.status !== 'selected' && out.status !== 'dropped')) throw new ValidationError({ volunteerId: 'not_a_panelist' });
		const quotas = await listQuotas(tx, processId);
		const current = vols.filter((v) => v.status === 'selected' && v.id !== volunteerId && v.rowIndex !== null).map((v) => v.rowIndex!);
		const reserves = vols.filter((v) => v.status === 'reserve' && v.rowIndex !== null).sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0));
		if (!reserves.length) throw new ConflictError('no_reserves', { _: 'no_reserves' });
		const fits = reserves.find((r) => quotaViolations(d.pool!.rows, d.pool!.features, quotas, [...current, r.rowIndex!]).length === 0);
		const score = (r: (typeof reserves)[number]) => d.pool!.features.filter((_, f) => d.pool!.rows[r.rowIndex!][f] === d.pool!.rows[out.rowIndex!][f]).length;
		const pick = fits ?? [...reserves].sort((a, b) => score(b) - score(a))[0];
		await tx.update(panelVolunteer).set({ status: 'dropped' }).where(eq(panelVolunteer.id, out.id));
		if (out.userId) await tx.update(panelMember).set({ active: false }).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, out.userId), eq(panelMember.role, 'panelist')));
		await tx.update(panelVolunteer).set({ status: 'selected', reserveRank: null }).where(eq(panelVolunteer.id, pick.id));
		if (pick.userId) {
			await tx.insert(panelMember).values({ processId, userId: pick.userId, role: 'panelist', active: true, volunteerId: pick.id, joinedAt: ctx.now() }).onConflictDoUpdate({ target: [panelMember.processId, panelMember.userId, panelMember.role], set: { active: true } });
			await notify(tx, pick.userId, 'panel_selected', { processId }, { key: 'panel_replacement', params: { title: proc.title }, link: `/panels/${proc.slug}` }, ctx.now());
		}
		// The sessions follow the membership: no more reminders for the drop-out, the replacement is registered.
		if (out.userId) await unregisterFromSessions(tx, processId, out.userId, ctx.now());
		if (pick.userId) await registerMembersForSessions(tx, processId, ctx.now(), { userIds: [pick.userId] });
		const violations = quotaViolations(d.pool.rows, d.pool.features, quotas, [...current, pick.rowIndex!]);
		await recordAudit(tx, ctx, { action: 'panel.replace', targetType: 'panel', targetId: processId, after: { out: out.rowIndex, in: pick.rowIndex, quotasHold: violations.length === 0, violations } });
		return { replacementRow: pick.rowIndex!, quotasHold: violations.length === 0, violations };
	});
}

/** Everything the public draw page and /api/v1/panels/{id}/draw publish. */
export async function publicDraw(ctx: ServiceContext, processId: string) {
	await loadPanel(ctx.db, ctx, processId);
	const [d] = await ctx.db.select().from(panelDraw).where(eq(panelDraw.processId, processId));
	if (!d) return null;
	const published = d.status === 'committed' || d.status === 'drawn';
	return {
		status: d.status,
		progress: d.progress,
		progressPct: d.progressPct,
		error: d.status === 'failed' ? d.error : null,
		algorithm: d.algorithm,
		report: d.report ? Object.fromEntries(Object.entries(d.report).filter(([k]) => k !== 'published' && k !== 'lotteryProbabilities')) : null,
		startedAt: d.startedAt,
		finishedAt: d.finishedAt,
		seedCommitment: published ? d.seedHash : null,
		committedAt: d.committedAt,
		seed: d.status === 'drawn' ? d.seed : null,
		dice: d.status === 'drawn' ? d.dice : null,
		publicInput: d.status === 'drawn' ? d.publicInput : null,
		/** The numbers verifyDraw mixes with the seed: the public input's, or (draws before it existed) the dice digits. */
		drawNumbers: d.status === 'drawn' ? drawNumbers(d.publicInput, d.dice) : null,
		drawnAt: d.drawnAt,
		chosenIndex: d.status === 'drawn' ? d.chosenIndex : null,
		m: d.panels?.length ?? null,
		panels: published || d.status === 'ready' ? d.panels : null,
		pool: published || d.status === 'ready' ? d.pool : null,
		probabilities: d.probabilities,
		lotteryProbabilities: ((d.report as { lotteryProbabilities?: number[] } | null)?.lotteryProbabilities ?? null) as number[] | null,
		published: published ? ((d.report as { published?: Record<string, unknown> } | null)?.published ?? null) : null,
		reserves: d.status === 'drawn' ? d.reserves : null
	};
}

/** The organisers' view of the selection job (progress, errors). */
export async function drawStatus(db: Db, processId: string) {
	const [d] = await db.select({ status: panelDraw.status, progress: panelDraw.progress, progressPct: panelDraw.progressPct, error: panelDraw.error, report: panelDraw.report }).from(panelDraw).where(eq(panelDraw.processId, processId));
	return d ?? null;
}

/** Stores a finished selection (called by the runner with the worker's result). */
export async function storeSelection(db: Db, processId: string, result: SelectionResult, now: Date) {
	await db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		await tx.update(panelDraw).set({ status: 'ready', panels: result.panels, probabilities: result.probabilities, seedHash: result.seedCommitment, report: { ...result.report, published: result.published, lotteryProbabilities: result.lotteryProbabilities }, progress: 'done', progressPct: 100, finishedAt: now }).where(eq(panelDraw.processId, processId));
		const vols = await tx.select({ id: panelVolunteer.id, rowIndex: panelVolunteer.rowIndex }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), sql`${panelVolunteer.rowIndex} is not null`));
		for (const v of vols) await tx.update(panelVolunteer).set({ probability: String(result.probabilities[v.rowIndex!] ?? 0) }).where(eq(panelVolunteer.id, v.id));
	});
}

