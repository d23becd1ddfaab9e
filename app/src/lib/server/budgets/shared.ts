/** What every part of the budget module shares: the edition row, its phase, who manages it and
 * one transaction helper. Kept apart so each `*.service.ts` reads one concern. */
import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { notify } from '../notifications/service';
import type { EmailSpec } from '../notifications/email';
import { process, processOfficial } from '../processes/schema';
import { budgetRules } from './permissions';
import { budgetCoauthor, budgetEdition, budgetPool, budgetProject, budgetSupport } from './schema';
import type { EditionBallotConfig } from './engine';
export type Tx = Db;
export const tx = async <T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>): Promise<T> => ctx.db.transaction(async (t) => fn(t as unknown as Db));

// ---------------------------------------------------------------- phases

export const PHASES = ['before', 'submission', 'support', 'verification', 'appeals', 'voting', 'results', 'implementation'] as const;
export type BudgetPhase = (typeof PHASES)[number];
export type Edition = typeof budgetEdition.$inferSelect;
export type Pool = typeof budgetPool.$inferSelect;
export type Project = typeof budgetProject.$inferSelect;

export function phaseOf(e: Edition, now: Date): BudgetPhase {
	if (e.historical) return 'results';
	const t = now.getTime();
	if (t >= e.implementationOpensAt.getTime()) return 'implementation';
	if (t >= e.votingClosesAt.getTime()) return 'results';
	if (t >= e.votingOpensAt.getTime()) return 'voting';
	if (t >= e.appealsOpensAt.getTime()) return 'appeals';
	if (t >= e.verificationOpensAt.getTime()) return 'verification';
	if (t >= e.supportOpensAt.getTime()) return 'support';
	if (t >= e.submissionOpensAt.getTime()) return 'submission';
	return 'before';
}

/** Rules are frozen once voting opens: no change to pools, ballot or rules after that. */
export function rulesFrozen(e: Edition, now: Date): boolean {
	return e.historical || now.getTime() >= e.votingOpensAt.getTime();
}

export async function officialIdsOf(db: Db, processId: string): Promise<string[]> {
	const rows = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	return rows.map((r) => r.userId);
}

export async function requireManage(db: Db, ctx: ServiceContext, processId: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.manage(ctx.actor, await officialIdsOf(db, processId))) throw new ForbiddenError();
}

export async function editionRow(db: Db, processId: string): Promise<Edition> {
	const [e] = await db.select().from(budgetEdition).where(eq(budgetEdition.processId, processId));
	if (!e) throw new NotFoundError('budget_not_found');
	return e;
}

export function cfgOf(e: Edition): EditionBallotConfig {
	return { ballotKind: e.ballotKind, maxChoices: e.maxChoices, cumulativePoints: e.cumulativePoints };
}

// ---------------------------------------------------------------- editions

/** Support signatures a project has, and how many its edition requires (0 = none). */
export async function signaturesOf(db: Db, projectId: string, e: Edition): Promise<{ have: number; required: number; missing: number }> {
	const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(budgetSupport).where(eq(budgetSupport.projectId, projectId));
	return { have: n, required: e.supportRequired, missing: Math.max(0, e.supportRequired - n) };
}

/** The last day to appeal a negative decision: the edition's number of days after the decision,
 * and never after voting opens (the rules, and the list of projects, are frozen then). */
export function appealDeadline(e: Edition, decidedAt: Date): Date {
	return new Date(Math.min(decidedAt.getTime() + e.appealDays * 86_400_000, e.votingOpensAt.getTime()));
}

/** Tells every author of a project (the author and the co-authors), in the app and by e-mail. */
export async function notifyAuthors(t: Db, ctx: ServiceContext, p: Project, kind: 'budget_verified' | 'budget_appeal_decided', mail: EmailSpec) {
	const [pr] = await t.select({ slug: process.slug }).from(process).where(eq(process.id, p.processId));
	const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, p.id));
	const ids = [...new Set([p.authorId, ...co.map((c) => c.userId)].filter((x): x is string => !!x))];
	for (const id of ids) await notify(t, id, kind, { projectId: p.id, slug: pr?.slug ?? '', title: p.title }, { ...mail, link: `/budgets/${pr?.slug ?? ''}/projects/${p.id}` }, ctx.now());
}

/** A pool's columns without its stored Pabulib file (megabytes for an imported pool): what lists
 * and pages read. `hasFile` says whether there is one; only counting and the export read it. */
export const poolColumns = {
	id: budgetPool.id,
	processId: budgetPool.processId,
	kind: budgetPool.kind,
	districtId: budgetPool.districtId,
	name: budgetPool.name,
	amount: budgetPool.amount,
	minCost: budgetPool.minCost,
	maxCost: budgetPool.maxCost,
	rule: budgetPool.rule,
	position: budgetPool.position,
	hasFile: sql<boolean>`(${budgetPool.pabulib} is not null)`
};
