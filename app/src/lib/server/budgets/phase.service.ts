/** Guarded, irreversible steps of an edition: moving to the next phase ahead of its date (opening
 * or closing voting, which counts and publishes the results) and extending voting. Each asks the
 * official for a reason, which the audit log keeps; the confirmation page shows the consequences
 * in numbers first (phasePreview). Voting is never shortened silently: only by closing it on a
 * confirmation page; its end date can only move later (extendVoting), and the residents who took
 * part in the edition are told. */
import { z } from 'zod';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { comment } from '../comments/schema';
import { process } from '../processes/schema';
import { budgetAppeal, budgetBallot, budgetEdition, budgetPaperEntry, budgetParticipation, budgetProject } from './schema';
import { editionRow, PHASES, phaseOf, requireManage, tx, type BudgetPhase, type Edition } from './shared';
import { countEdition } from './service';
import { BUDGET_PHASE_REASON_MAX } from '../../limits';

export const ADVANCE_TARGETS = ['support', 'verification', 'appeals', 'voting', 'results', 'implementation'] as const;
export type AdvanceTarget = (typeof ADVANCE_TARGETS)[number];
const START_OF = { support: 'supportOpensAt', verification: 'verificationOpensAt', appeals: 'appealsOpensAt', voting: 'votingOpensAt', results: 'votingClosesAt', implementation: 'implementationOpensAt' } as const;
const ORDER = ['submissionOpensAt', 'supportOpensAt', 'verificationOpensAt', 'appealsOpensAt', 'votingOpensAt', 'votingClosesAt', 'implementationOpensAt'] as const;
const DAY = 86_400_000;

export const reasonInput = z.object({ reason: z.string({ error: 'budgets_reason_required' }).trim().min(10, 'budgets_reason_required').max(BUDGET_PHASE_REASON_MAX, 'text_too_long') });

async function countsOf(db: Db, processId: string) {
	const [{ ballots }] = await db.select({ ballots: sql<number>`count(*)::int` }).from(budgetBallot).where(eq(budgetBallot.processId, processId));
	const [{ paperWaiting }] = await db.select({ paperWaiting: sql<number>`count(distinct ${budgetPaperEntry.paperNumber})::int` }).from(budgetPaperEntry).where(and(eq(budgetPaperEntry.processId, processId), isNull(budgetPaperEntry.ballotId)));
	const [{ onBallot }] = await db.select({ onBallot: sql<number>`count(*)::int` }).from(budgetProject).where(and(eq(budgetProject.processId, processId), eq(budgetProject.status, 'accepted')));
	const [{ appealsPending }] = await db
		.select({ appealsPending: sql<number>`count(*)::int` })
		.from(budgetAppeal)
		.innerJoin(budgetProject, eq(budgetProject.id, budgetAppeal.projectId))
		.where(and(eq(budgetProject.processId, processId), isNull(budgetAppeal.accepted)));
	return { ballots, paperWaiting, onBallot, appealsPending };
}

function checkTarget(e: Edition, to: AdvanceTarget, now: Date): BudgetPhase {
	if (e.historical) throw new ConflictError('budgets_historical');
	const current = phaseOf(e, now);
	if (PHASES.indexOf(to) <= PHASES.indexOf(current)) throw new ConflictError('budgets_phase_already_passed');
	return current;
}

/** What moving the edition to `to` now would do, in numbers: how many days early the phase starts
 * (for 'results': voting ends), the ballots cast so far, paper ballots typed once (not counted if
 * voting closes), projects on the ballot and appeals still undecided (when voting opens). */
export async function phasePreview(ctx: ServiceContext, processId: string, to: AdvanceTarget) {
	await requireManage(ctx.db, ctx, processId);
	const e = await editionRow(ctx.db, processId);
	const now = ctx.now();
	const current = checkTarget(e, to, now);
	const scheduled = e[START_OF[to]];
	return {
		from: current,
		to,
		scheduled,
		daysEarly: Math.max(0, Math.ceil((scheduled.getTime() - now.getTime()) / DAY)),
		counts: await countsOf(ctx.db, processId),
		/** Closing voting counts the results and publishes them at once. */
		countsResults: (to === 'results' || to === 'implementation') && !e.countedAt,
		freezesRules: PHASES.indexOf(to) >= PHASES.indexOf('voting') && PHASES.indexOf(current) < PHASES.indexOf('voting')
	};
}

/** Moves the edition to the next phase now (shortens the running phase), with the official's
 * reason in the audit log. Closing voting counts and publishes the results. */
export async function advancePhase(ctx: ServiceContext, processId: string, to: AdvanceTarget, input: unknown) {
	const { reason } = parseInput(reasonInput, input);
	const now = ctx.now();
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		const current = checkTarget(e, to, now);
		const set: Partial<Record<(typeof ORDER)[number], Date>> = {};
		const idx = ORDER.indexOf(START_OF[to]);
		// Every boundary up to the target moves to now (if later); later ones stay after it.
		for (let i = 0; i <= idx; i++) if (e[ORDER[i]].getTime() > now.getTime()) set[ORDER[i]] = now;
		for (let i = idx + 1; i < ORDER.length; i++) if (e[ORDER[i]].getTime() <= now.getTime()) set[ORDER[i]] = new Date(now.getTime() + (i - idx) * DAY);
		const counts = await countsOf(t, processId);
		await t.update(budgetEdition).set(set).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, { action: `budget.phase.${to}`, targetType: 'process', targetId: processId, before: { phase: current, [START_OF[to]]: e[START_OF[to]] }, after: { ...set, ...counts }, reason });
	});
	if (to === 'results' || to === 'implementation') {
		const e = await editionRow(ctx.db, processId);
		if (!e.countedAt) await countEdition(ctx, processId);
	}
}

export const extendInput = reasonInput.extend({ votingClosesAt: z.coerce.date({ error: 'invalid_date' }) });

/** Who is told when voting is extended: the residents who voted in the edition or commented on
 * it (on the edition or on one of its projects) — the people who follow it. Officials are not. */
export async function editionFollowers(db: Db, processId: string): Promise<string[]> {
	const voted = await db.select({ id: budgetParticipation.userId }).from(budgetParticipation).where(eq(budgetParticipation.processId, processId));
	const projectIds = db.select({ id: budgetProject.id }).from(budgetProject).where(eq(budgetProject.processId, processId));
	const commented = await db
		.selectDistinct({ id: comment.authorId })
		.from(comment)
		.where(or(and(eq(comment.targetType, 'process'), eq(comment.targetId, processId)), and(eq(comment.targetType, 'project'), inArray(comment.targetId, projectIds))));
	return [...new Set([...voted.map((r) => r.id), ...commented.map((r) => r.id)].filter((x): x is string => !!x))].sort();
}

/** Extends voting while it is open: the new end must be later than the current one (shortening
 * is closing, on its own confirmation page). Later phases move by as much as needed to keep their
 * order. The edition's followers are told in the app. */
export async function extendVoting(ctx: ServiceContext, processId: string, input: unknown): Promise<{ told: number }> {
	const d = parseInput(extendInput, input);
	return tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		if (e.historical) throw new ConflictError('budgets_historical');
		if (phaseOf(e, ctx.now()) !== 'voting') throw new ConflictError('budgets_voting_not_open');
		if (d.votingClosesAt.getTime() <= e.votingClosesAt.getTime()) throw new ValidationError({ votingClosesAt: 'budgets_extend_not_later' });
		const shift = d.votingClosesAt.getTime() - e.votingClosesAt.getTime();
		const set = { votingClosesAt: d.votingClosesAt, ...(e.implementationOpensAt.getTime() <= d.votingClosesAt.getTime() ? { implementationOpensAt: new Date(e.implementationOpensAt.getTime() + shift) } : {}) };
		await t.update(budgetEdition).set(set).where(eq(budgetEdition.processId, processId));
		const followers = await editionFollowers(t, processId);
		await recordAudit(t, ctx, { action: 'budget.voting.extend', targetType: 'process', targetId: processId, before: { votingClosesAt: e.votingClosesAt }, after: { ...set, told: followers.length }, reason: d.reason });
		const [p] = await t.select({ slug: process.slug, title: process.title }).from(process).where(eq(process.id, processId));
		for (const id of followers) await notify(t, id, 'budget_voting_extended', { slug: p.slug, title: p.title, closesAt: d.votingClosesAt.toISOString() }, undefined, ctx.now());
		return { told: followers.length };
	});
}

/** How many people an extension would tell (for its page). */
export async function extensionPreview(ctx: ServiceContext, processId: string) {
	await requireManage(ctx.db, ctx, processId);
	const e = await editionRow(ctx.db, processId);
	return { votingClosesAt: e.votingClosesAt, open: phaseOf(e, ctx.now()) === 'voting' && !e.historical, followers: (await editionFollowers(ctx.db, processId)).length, ballots: (await countsOf(ctx.db, processId)).ballots };
}
