/** Assessment and appeals of budget projects, along the edition's path (assessment.ts): officials
 * assess each stage with a written justification; the author appeals a negative decision within
 * the edition's days; the appeal is decided by whom the edition says (its officials, or the civic
 * budget council). Every change: validate → permission → write → audit, one transaction. */
import { z } from 'zod';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { amountInput, parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { budgetRules } from './permissions';
import { APPEAL_DECIDERS, budgetAppeal, budgetCoauthor, budgetCouncilMember, budgetEdition, budgetPool, budgetProject, budgetSupport, budgetVerification, type AssessmentStage } from './schema';
import { isRefusal, stateOf, statusFor, transition, type AssessmentEvent, type AssessmentState } from './assessment';
import { appealDeadline, editionRow, notifyAuthors, officialIdsOf, requireManage, rulesFrozen, signaturesOf, tx, type Edition, type Project } from './shared';
import { BUDGET_APPEAL_MAX, BUDGET_JUSTIFICATION_MAX } from '../../limits';

export async function councilIdsOf(db: Db, processId: string): Promise<string[]> {
	const rows = await db.select({ userId: budgetCouncilMember.userId }).from(budgetCouncilMember).where(eq(budgetCouncilMember.processId, processId));
	return rows.map((r) => r.userId);
}

/** The project's place on the path, from its stored decisions and appeals. */
export async function assessmentStateOf(db: Db, e: Edition, p: Project): Promise<AssessmentState> {
	const verifications = await db.select({ id: budgetVerification.id, stage: budgetVerification.stage, positive: budgetVerification.positive, decidedAt: budgetVerification.decidedAt }).from(budgetVerification).where(eq(budgetVerification.projectId, p.id));
	const appeals = await db.select({ verificationId: budgetAppeal.verificationId, accepted: budgetAppeal.accepted }).from(budgetAppeal).where(eq(budgetAppeal.projectId, p.id));
	return stateOf(e.assessmentPath, p.status, { verifications, appeals });
}

/** Applies an event to the project's state; a transition the path does not allow is a 409. */
function step(e: Edition, state: AssessmentState, event: AssessmentEvent): AssessmentState {
	const next = transition(e.assessmentPath, state, event);
	if (isRefusal(next)) throw new ConflictError(next.refused);
	return next;
}

export const verificationInput = z.object({
	stage: z.enum(['formal', 'merit'], { error: 'required' }),
	positive: z.preprocess((v) => (v === 'yes' ? true : v === 'no' ? false : v), z.boolean({ error: 'required' })),
	justification: z.string({ error: 'required' }).trim().min(10, 'budgets_justification_too_short').max(BUDGET_JUSTIFICATION_MAX),
	correctedCost: amountInput(z.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(1, 'budgets_invalid_number').optional(), { whole: true })
});

/** An official's formal or merit assessment, with a written justification (public). Only the
 * stage the project awaits can be decided. */
export async function verifyProject(ctx: ServiceContext, projectId: string, input: unknown) {
	const d = parseInput(verificationInput, input);
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		await requireManage(t, ctx, p.processId);
		if (p.status === 'draft' || p.status === 'withdrawn') throw new ConflictError('budgets_not_submitted');
		const e = await editionRow(t, p.processId);
		if (rulesFrozen(e, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		const next = step(e, await assessmentStateOf(t, e, p), { type: 'assess', stage: d.stage, positive: d.positive });
		// A project without the required support signatures cannot pass (formal or merit).
		if (d.positive && (await signaturesOf(t, projectId, e)).missing > 0) throw new ValidationError({ positive: 'budgets_signatures_missing' }, 'budgets_signatures_missing');
		const id = newId();
		await t.insert(budgetVerification).values({ id, projectId, stage: d.stage, positive: d.positive, justification: d.justification, correctedCost: d.correctedCost ?? null, decidedBy: ctx.actor!.id, decidedAt: ctx.now() });
		const status = statusFor(next);
		await t.update(budgetProject).set({ status, ...(d.correctedCost ? { correctedCost: d.correctedCost } : {}), updatedAt: ctx.now() }).where(eq(budgetProject.id, projectId));
		await recordAudit(t, ctx, { action: `budget.verify.${d.stage}`, targetType: 'budget_project', targetId: projectId, processId: p.processId, before: { status: p.status }, after: { ...d, status } });
		// A negative decision that cannot be appealed (the path says so) names no appeal deadline.
		await notifyAuthors(t, ctx, p, 'budget_verified', {
			key: d.positive ? 'budget_verified_positive' : next.kind === 'final_rejection' ? 'budget_verified_negative_final' : 'budget_verified_negative',
			params: { title: p.title, deadlineDate: appealDeadline(e, ctx.now()) },
			labels: { stage: `email_stage_${d.stage}` },
			extra: d.correctedCost ? [{ key: 'email_budget_corrected_cost', params: { costAmount: d.correctedCost } }] : [],
			quote: d.justification
		});
	});
}

/** The author appeals a negative decision within the edition's number of days. */
export async function appealDecision(ctx: ServiceContext, projectId: string, body: unknown): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const text = parseInput(z.object({ body: z.string({ error: 'required' }).trim().min(10, 'budgets_appeal_too_short').max(BUDGET_APPEAL_MAX) }), { body }).body;
	return tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		if (!budgetRules.appeal(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
		if (p.status !== 'rejected') throw new ConflictError('budgets_nothing_to_appeal');
		const [v] = await t.select().from(budgetVerification).where(and(eq(budgetVerification.projectId, projectId), eq(budgetVerification.positive, false))).orderBy(desc(budgetVerification.decidedAt)).limit(1);
		if (!v) throw new ConflictError('budgets_nothing_to_appeal');
		const e = await editionRow(t, p.processId);
		const [already] = await t.select({ id: budgetAppeal.id }).from(budgetAppeal).where(eq(budgetAppeal.verificationId, v.id));
		if (already) throw new ConflictError('budgets_already_appealed');
		step(e, await assessmentStateOf(t, e, p), { type: 'appeal' });
		if (ctx.now().getTime() > appealDeadline(e, v.decidedAt).getTime()) throw new ConflictError('budgets_appeal_too_late');
		const id = newId();
		const ins = await t.insert(budgetAppeal).values({ id, projectId, verificationId: v.id, authorId: ctx.actor!.id, body: text, createdAt: ctx.now() }).onConflictDoNothing().returning({ id: budgetAppeal.id });
		if (!ins.length) throw new ConflictError('budgets_already_appealed');
		return id;
	});
}

export const appealDecisionInput = z.object({
	accepted: z.preprocess((v) => (v === 'yes' ? true : v === 'no' ? false : v), z.boolean({ error: 'required' })),
	decision: z.string({ error: 'required' }).trim().min(10, 'budgets_justification_too_short').max(BUDGET_JUSTIFICATION_MAX)
});

async function appealRow(db: Db, appealId: string) {
	const [a] = await db.select().from(budgetAppeal).where(eq(budgetAppeal.id, appealId));
	if (!a) throw new NotFoundError('appeal_not_found');
	const [p] = await db.select().from(budgetProject).where(eq(budgetProject.id, a.projectId));
	if (!p) throw new NotFoundError('appeal_not_found');
	return { a, p };
}

/** Decides an appeal with a justification, by whom the edition says. Upheld, the project goes
 * where the path sends it (Kraków: a formal rejection → merit assessment; a merit one → ballot). */
export async function decideAppeal(ctx: ServiceContext, appealId: string, input: unknown) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const d = parseInput(appealDecisionInput, input);
	await tx(ctx, async (t) => {
		const { a, p } = await appealRow(t, appealId);
		const e = await editionRow(t, p.processId);
		if (!budgetRules.decideAppeal(ctx.actor, { decidedBy: e.appealDecidedBy, officialIds: await officialIdsOf(t, p.processId), councilIds: await councilIdsOf(t, p.processId) })) throw new ForbiddenError();
		if (a.accepted !== null) throw new ConflictError('budgets_already_decided');
		if (rulesFrozen(e, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		const next = step(e, await assessmentStateOf(t, e, p), { type: 'decide_appeal', upheld: d.accepted });
		// An upheld appeal passes the stage appealed against: like a positive decision, it needs the signatures.
		if (d.accepted && (await signaturesOf(t, p.id, e)).missing > 0) throw new ValidationError({ accepted: 'budgets_signatures_missing' }, 'budgets_signatures_missing');
		await t.update(budgetAppeal).set({ accepted: d.accepted, decision: d.decision, decidedBy: ctx.actor!.id, decidedAt: ctx.now() }).where(eq(budgetAppeal.id, appealId));
		const status = statusFor(next);
		await t.update(budgetProject).set({ status, updatedAt: ctx.now() }).where(eq(budgetProject.id, p.id));
		await recordAudit(t, ctx, { action: 'budget.appeal.decide', targetType: 'budget_project', targetId: p.id, processId: p.processId, before: { status: p.status }, after: { appealId, ...d, status, next: next.kind === 'awaiting' ? next.stage : next.kind } });
		// Upheld, the project goes where the path sends it: the ballot or the merit assessment.
		const key = !d.accepted ? 'budget_appeal_rejected' : next.kind === 'awaiting' ? 'budget_appeal_accepted_merit' : 'budget_appeal_accepted';
		await notifyAuthors(t, ctx, p, 'budget_appeal_decided', { key, params: { title: p.title }, quote: d.decision });
	});
}

/** The officials' verification queue: submitted and rejected projects with their appeals and the
 * stage each one awaits. */
export async function verificationQueue(ctx: ServiceContext, processId: string) {
	await requireManage(ctx.db, ctx, processId);
	const e = await editionRow(ctx.db, processId);
	const projects = await ctx.db.select().from(budgetProject).where(and(eq(budgetProject.processId, processId), inArray(budgetProject.status, ['submitted', 'rejected', 'accepted']))).orderBy(asc(budgetProject.submittedAt));
	const ids = projects.map((p) => p.id);
	const appeals = ids.length ? await ctx.db.select().from(budgetAppeal).where(inArray(budgetAppeal.projectId, ids)) : [];
	const verifications = ids.length ? await ctx.db.select({ id: budgetVerification.id, projectId: budgetVerification.projectId, stage: budgetVerification.stage, positive: budgetVerification.positive, decidedAt: budgetVerification.decidedAt }).from(budgetVerification).where(inArray(budgetVerification.projectId, ids)) : [];
	const support = ids.length ? await ctx.db.select({ projectId: budgetSupport.projectId, n: sql<number>`count(*)::int` }).from(budgetSupport).where(inArray(budgetSupport.projectId, ids)).groupBy(budgetSupport.projectId) : [];
	return projects.map((p) => ({
		...p,
		supporters: support.find((s) => s.projectId === p.id)?.n ?? 0,
		openAppeals: appeals.filter((a) => a.projectId === p.id && a.accepted === null),
		state: stateOf(e.assessmentPath, p.status, { verifications: verifications.filter((v) => v.projectId === p.id), appeals: appeals.filter((a) => a.projectId === p.id) })
	}));
}

/** May the person read and (if the edition says so) decide this edition's appeals? */
export async function appealAccess(ctx: ServiceContext, processId: string) {
	const e = await editionRow(ctx.db, processId);
	const officialIds = await officialIdsOf(ctx.db, processId);
	const councilIds = await councilIdsOf(ctx.db, processId);
	return { read: budgetRules.readAppeal(ctx.actor, { officialIds, councilIds }), decide: budgetRules.decideAppeal(ctx.actor, { decidedBy: e.appealDecidedBy, officialIds, councilIds }), decidedBy: e.appealDecidedBy };
}

async function requireAppealReader(ctx: ServiceContext, processId: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const access = await appealAccess(ctx, processId);
	if (!access.read) throw new ForbiddenError();
	return access;
}

/** Every appeal of an edition (pending first, each with its deadline: voting opens). */
export async function listAppeals(ctx: ServiceContext, processId: string) {
	const access = await requireAppealReader(ctx, processId);
	const e = await editionRow(ctx.db, processId);
	const rows = await ctx.db
		.select({ id: budgetAppeal.id, projectId: budgetAppeal.projectId, title: budgetProject.title, stage: budgetVerification.stage, createdAt: budgetAppeal.createdAt, accepted: budgetAppeal.accepted, decidedAt: budgetAppeal.decidedAt, authorName: user.name })
		.from(budgetAppeal)
		.innerJoin(budgetProject, eq(budgetProject.id, budgetAppeal.projectId))
		.innerJoin(budgetVerification, eq(budgetVerification.id, budgetAppeal.verificationId))
		.leftJoin(user, eq(user.id, budgetAppeal.authorId))
		.where(eq(budgetProject.processId, processId))
		.orderBy(sql`${budgetAppeal.accepted} is not null`, asc(budgetAppeal.createdAt));
	return { access, dueAt: e.votingOpensAt, appeals: rows };
}

/** One appeal with everything needed to decide it: the decision appealed against (its reason and
 * author), the project's cost breakdown and location, and the project's full history. */
export async function getAppeal(ctx: ServiceContext, appealId: string) {
	const { a, p } = await appealRow(ctx.db, appealId);
	const access = await requireAppealReader(ctx, p.processId);
	const e = await editionRow(ctx.db, p.processId);
	const [pr] = await ctx.db.select({ slug: process.slug, title: process.title }).from(process).where(eq(process.id, p.processId));
	const [pool] = await ctx.db.select({ name: budgetPool.name, minCost: budgetPool.minCost, maxCost: budgetPool.maxCost }).from(budgetPool).where(eq(budgetPool.id, p.poolId));
	const names = new Map<string, string>();
	const nameOf = async (id: string | null) => {
		if (!id) return null;
		if (!names.has(id)) names.set(id, (await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, id)))[0]?.name ?? '');
		return names.get(id) || null;
	};
	const [v] = await ctx.db.select().from(budgetVerification).where(eq(budgetVerification.id, a.verificationId));
	const verifications = await ctx.db.select().from(budgetVerification).where(eq(budgetVerification.projectId, p.id)).orderBy(asc(budgetVerification.decidedAt));
	const appeals = await ctx.db.select().from(budgetAppeal).where(eq(budgetAppeal.projectId, p.id)).orderBy(asc(budgetAppeal.createdAt));
	// The full history: submission, every decision and appeal, in time order, with names.
	type Event = { at: Date; kind: 'submitted' | 'verification' | 'appeal' | 'appeal_decided'; stage?: AssessmentStage; positive?: boolean; accepted?: boolean; text?: string; by: string | null };
	const history: Event[] = [];
	if (p.submittedAt) history.push({ at: p.submittedAt, kind: 'submitted', by: await nameOf(p.authorId) });
	for (const x of verifications) history.push({ at: x.decidedAt, kind: 'verification', stage: x.stage, positive: x.positive, text: x.justification, by: await nameOf(x.decidedBy) });
	for (const x of appeals) {
		const st = verifications.find((y) => y.id === x.verificationId)?.stage;
		history.push({ at: x.createdAt, kind: 'appeal', stage: st, text: x.body, by: await nameOf(x.authorId) });
		if (x.decidedAt && x.accepted !== null) history.push({ at: x.decidedAt, kind: 'appeal_decided', stage: st, accepted: x.accepted, text: x.decision ?? '', by: await nameOf(x.decidedBy) });
	}
	history.sort((x, y) => x.at.getTime() - y.at.getTime());
	const state = await assessmentStateOf(ctx.db, e, p);
	const upheldGoesTo = e.assessmentPath.afterUpheldAppeal[v.stage] ?? 'ballot';
	return {
		appeal: { ...a, authorName: await nameOf(a.authorId), decidedByName: await nameOf(a.decidedBy) },
		decision: { ...v, decidedByName: await nameOf(v.decidedBy) },
		project: { id: p.id, title: p.title, description: p.description, status: p.status, cost: p.cost, correctedCost: p.correctedCost, costItems: p.costItems, lat: p.lat, lng: p.lng, area: p.area },
		pool,
		processId: p.processId,
		processSlug: pr?.slug ?? '',
		processTitle: pr?.title ?? '',
		history,
		state,
		upheldGoesTo,
		canDecide: access.decide && a.accepted === null && !rulesFrozen(e, ctx.now()),
		/** The edition's officials (not a council member) also reach the project's assessment page. */
		canManage: budgetRules.manage(ctx.actor, await officialIdsOf(ctx.db, p.processId)),
		decidedBy: e.appealDecidedBy,
		dueAt: e.votingOpensAt,
		signatures: await signaturesOf(ctx.db, p.id, e)
	};
}

// ---------------------------------------------------------------- who decides appeals

export const appealSettingsInput = z.object({ appealDecidedBy: z.enum(APPEAL_DECIDERS, { error: 'required' }) });

/** Sets who decides the edition's appeals (its officials, or its civic budget council). Refused
 * once voting opens (appeals are decided before). */
export async function updateAppealSettings(ctx: ServiceContext, processId: string, input: unknown) {
	const d = parseInput(appealSettingsInput, input);
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		if (rulesFrozen(e, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		await t.update(budgetEdition).set({ appealDecidedBy: d.appealDecidedBy }).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, { action: 'budget.edition.appeal_deciders', targetType: 'process', targetId: processId, before: { appealDecidedBy: e.appealDecidedBy }, after: d });
	});
}

/** Adds a member of the civic budget council by their account's e-mail (any role: the membership
 * is the only right it gives). */
export async function addCouncilMember(ctx: ServiceContext, processId: string, email: unknown) {
	const addr = parseInput(z.object({ email: z.string({ error: 'required' }).trim().toLowerCase().email('invalid_email').max(200) }), { email }).email;
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		await editionRow(t, processId);
		const [u] = await t.select({ id: user.id }).from(user).where(eq(user.email, addr));
		if (!u) throw new ValidationError({ email: 'budgets_no_such_account' });
		const ins = await t.insert(budgetCouncilMember).values({ processId, userId: u.id, addedBy: ctx.actor!.id, addedAt: ctx.now() }).onConflictDoNothing().returning({ userId: budgetCouncilMember.userId });
		if (!ins.length) throw new ValidationError({ email: 'budgets_council_already_member' });
		await recordAudit(t, ctx, { action: 'budget.council.add', targetType: 'process', targetId: processId, after: { userId: u.id } });
	});
}

export async function removeCouncilMember(ctx: ServiceContext, processId: string, userId: string) {
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const del = await t.delete(budgetCouncilMember).where(and(eq(budgetCouncilMember.processId, processId), eq(budgetCouncilMember.userId, userId))).returning({ userId: budgetCouncilMember.userId });
		if (!del.length) throw new NotFoundError('budgets_council_member_not_found');
		await recordAudit(t, ctx, { action: 'budget.council.remove', targetType: 'process', targetId: processId, before: { userId } });
	});
}

export async function councilMembers(ctx: ServiceContext, processId: string) {
	await requireManage(ctx.db, ctx, processId);
	return ctx.db.select({ id: user.id, name: user.name, email: user.email }).from(budgetCouncilMember).innerJoin(user, eq(user.id, budgetCouncilMember.userId)).where(eq(budgetCouncilMember.processId, processId)).orderBy(asc(user.name));
}

/** Editions whose appeals the person decides as a council member (for the workspace). */
export async function councilEditionsOf(db: Db, userId: string): Promise<string[]> {
	const rows = await db.select({ processId: budgetCouncilMember.processId }).from(budgetCouncilMember).where(eq(budgetCouncilMember.userId, userId));
	return rows.map((r) => r.processId);
}

/** Pending appeals per edition (for the workspace counts). */
export async function pendingAppealCounts(db: Db, processIds: string[]) {
	if (!processIds.length) return new Map<string, number>();
	const rows = await db
		.select({ processId: budgetProject.processId, n: sql<number>`count(*)::int` })
		.from(budgetAppeal)
		.innerJoin(budgetProject, eq(budgetProject.id, budgetAppeal.projectId))
		.where(and(inArray(budgetProject.processId, processIds), isNull(budgetAppeal.accepted)))
		.groupBy(budgetProject.processId);
	return new Map(rows.map((r) => [r.processId, r.n]));
}

