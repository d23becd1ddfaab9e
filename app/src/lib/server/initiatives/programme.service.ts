/** The year's programme: pool, the rate of an hour of social work, the criteria of the council's
 * resolution, dates; lists for residents and for the officials' workspace. */
import { z } from 'zod';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { createProcess } from '../processes/service';
import { process, processOfficial } from '../processes/schema';
import { initiativeAgreement, initiativeApplication, initiativeAssessment, initiativeCriterion, initiativeProgramme } from './schema';
import { initiativeRules } from './permissions';
import { countField, dayField, inTx, loadProgramme, lockProgramme, moneyField, poolFigures, poolFiguresOf, requireManager, takingApplications, warsawDay, warsawMidnight } from './common';
import { INITIATIVE_CRITERION_DESCRIPTION_MAX, INITIATIVE_PROGRAMME_DESCRIPTION_MAX, INITIATIVE_RESOLUTION_MAX } from '../../limits';

const dateOrDay = z.union([z.date(), dayField()]).transform((v) => (v instanceof Date ? v : warsawMidnight(v)));

const rulesShape = {
	poolAmount: moneyField({ required: true }),
	workHourRate: moneyField({ required: true }),
	minMembers: countField(50, { required: true }).refine((n) => n >= 1, 'initiatives_number_invalid'),
	minScorePercent: countField(100, { required: true }),
	resolution: z.string().trim().max(INITIATIVE_RESOLUTION_MAX, 'text_too_long').default(''),
	/** The first day applications are taken, and the last (inclusive). */
	opensOn: dateOrDay,
	closesOn: dateOrDay
};

export const programmeInput = z
	.object({
		title: z.string({ error: 'required' }).trim().min(5, 'title_too_short').max(200, 'title_too_long'),
		description: z.string({ error: 'required' }).trim().min(10, 'description_too_short').max(INITIATIVE_PROGRAMME_DESCRIPTION_MAX, 'text_too_long'),
		year: countField(2100, { required: true }).refine((y) => y >= 2000, 'initiatives_number_invalid'),
		...rulesShape
	})
	.refine((d) => d.closesOn >= d.opensOn, { message: 'initiatives_dates_order', path: ['closesOn'] });

export const rulesInput = z.object(rulesShape).refine((d) => d.closesOn >= d.opensOn, { message: 'initiatives_dates_order', path: ['closesOn'] });

/** The end of the last day applications are taken. */
const endOfDay = (d: Date) => warsawMidnight(warsawDay(new Date(d.getTime() + 36 * 3_600_000)));

/** Opens a year's programme: a published process (mechanism 'initiative') and its rules. */
export async function createProgramme(ctx: ServiceContext, input: unknown): Promise<{ id: string; slug: string }> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!initiativeRules.createProgramme(ctx.actor)) throw new ForbiddenError();
	const d = parseInput(programmeInput, input);
	const closesAt = endOfDay(d.closesOn);
	const created = await createProcess(
		ctx,
		{
			mechanism: 'initiative',
			title: d.title,
			description: d.description,
			topics: ['greenery_water', 'energy', 'waste', 'education'],
			scopeDecided: d.resolution,
			scopeWhoDecides: 'Prezydent Miasta Krakowa na podstawie oceny wniosków według kryteriów z uchwały Rady Miasta.',
			phases: [
				{ name: 'Nabór wniosków', startsAt: d.opensOn, endsAt: closesAt },
				{ name: 'Realizacja inicjatyw', startsAt: d.opensOn, endsAt: new Date(closesAt.getTime() + 31 * 86_400_000) }
			]
		},
		{ publish: true }
	);
	await inTx(ctx.db, async (tx) => {
		await tx.insert(initiativeProgramme).values({ processId: created.id, year: d.year, poolAmount: d.poolAmount, workHourRate: d.workHourRate, minMembers: d.minMembers, minScorePercent: d.minScorePercent, resolution: d.resolution, opensAt: d.opensOn, closesAt });
		await recordAudit(tx, ctx, { action: 'initiative.programme.create', targetType: 'process', targetId: created.id, after: { year: d.year, poolAmount: d.poolAmount, workHourRate: d.workHourRate, minMembers: d.minMembers, minScorePercent: d.minScorePercent } });
	});
	return created;
}

/** Changes the year's rules. The pool cannot go below what is already committed. */
export async function updateProgrammeRules(ctx: ServiceContext, processId: string, input: unknown) {
	await requireManager(ctx, ctx.db, processId);
	const d = parseInput(rulesInput, input);
	await inTx(ctx.db, async (tx) => {
		const before = await lockProgramme(tx, processId);
		const figures = await poolFigures(tx, processId, before.poolAmount);
		if (d.poolAmount < figures.committed) throw new ConflictError('initiatives_pool_below_committed', { poolAmount: 'initiatives_pool_below_committed' });
		const after = { poolAmount: d.poolAmount, workHourRate: d.workHourRate, minMembers: d.minMembers, minScorePercent: d.minScorePercent, resolution: d.resolution, opensAt: d.opensOn, closesAt: endOfDay(d.closesOn) };
		await tx.update(initiativeProgramme).set(after).where(eq(initiativeProgramme.processId, processId));
		await recordAudit(tx, ctx, { action: 'initiative.programme.rules', targetType: 'process', targetId: processId, before, after });
	});
}

const criterionInput = z.object({
	name: z.string({ error: 'required' }).trim().min(3, 'initiatives_criterion_name').max(200, 'text_too_long'),
	description: z.string().trim().max(INITIATIVE_CRITERION_DESCRIPTION_MAX, 'text_too_long').default(''),
	maxScore: countField(100, { required: true }).refine((n) => n >= 1, 'initiatives_number_invalid'),
	weight: countField(10, { required: true }).refine((n) => n >= 1, 'initiatives_number_invalid')
});
export const criteriaInput = z.object({ criteria: z.array(criterionInput).min(1, 'initiatives_criteria_required').max(12) });

/** Publishes the year's criteria (replacing the list). Frozen once an application has been
 * assessed: every application of the year is judged by the same criteria. */
export async function setCriteria(ctx: ServiceContext, processId: string, input: unknown) {
	await requireManager(ctx, ctx.db, processId);
	const d = parseInput(criteriaInput, input);
	await inTx(ctx.db, async (tx) => {
		await lockProgramme(tx, processId);
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(initiativeAssessment)
			.innerJoin(initiativeCriterion, eq(initiativeCriterion.id, initiativeAssessment.criterionId))
			.where(eq(initiativeCriterion.processId, processId));
		if (n > 0) throw new ConflictError('initiatives_criteria_frozen');
		const before = await tx.select().from(initiativeCriterion).where(eq(initiativeCriterion.processId, processId));
		await tx.delete(initiativeCriterion).where(eq(initiativeCriterion.processId, processId));
		await tx.insert(initiativeCriterion).values(d.criteria.map((c, i) => ({ id: newId(), processId, position: i, ...c })));
		await recordAudit(tx, ctx, { action: 'initiative.criteria.set', targetType: 'process', targetId: processId, before, after: d.criteria });
	});
}

/** Whether the criteria can still change (no application assessed yet). */
export async function criteriaFrozen(db: Db, processId: string): Promise<boolean> {
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(initiativeAssessment)
		.innerJoin(initiativeCriterion, eq(initiativeCriterion.id, initiativeAssessment.criterionId))
		.where(eq(initiativeCriterion.processId, processId));
	return n > 0;
}

/** The weighted maximum of the criteria and the score an approval needs. */
export function scoreScale(criteria: { maxScore: number; weight: number }[], minScorePercent: number) {
	const max = criteria.reduce((s, c) => s + c.maxScore * c.weight, 0);
	return { max, needed: Math.ceil((max * minScorePercent) / 100) };
}

/** A programme for residents: rules, criteria, the pool live. */
export async function getProgramme(ctx: ServiceContext, slugOrId: string) {
	const l = await loadProgramme(ctx, ctx.db, slugOrId);
	const figures = await poolFigures(ctx.db, l.process.id, l.programme.poolAmount);
	return { ...l, figures, open: takingApplications(l.process, l.programme, ctx.now()) && figures.left > 0, scale: scoreScale(l.criteria, l.programme.minScorePercent) };
}

/** Public programmes, newest year first, with their pools. */
export async function listProgrammes(ctx: ServiceContext) {
	const rows = await ctx.db
		.select({ process, programme: initiativeProgramme })
		.from(initiativeProgramme)
		.innerJoin(process, eq(process.id, initiativeProgramme.processId))
		.where(or(eq(process.status, 'published'), eq(process.status, 'closed')))
		.orderBy(desc(initiativeProgramme.year), desc(process.createdAt));
	const figures = await poolFiguresOf(ctx.db, rows.map((r) => r.programme));
	return rows.map((r) => ({ ...r, figures: figures.get(r.process.id)!, open: takingApplications(r.process, r.programme, ctx.now()) && figures.get(r.process.id)!.left > 0 }));
}

/** Work waiting for the city in each programme: applications to assess, agreements to prepare
 * or sign, final reports to review. */
export interface WorkCounts {
	toAssess: number;
	agreementsToPrepare: number;
	agreementsToSign: number;
	reportsToReview: number;
}

export async function workCounts(db: Db, processIds: string[]): Promise<Map<string, WorkCounts>> {
	const out = new Map<string, WorkCounts>(processIds.map((id) => [id, { toAssess: 0, agreementsToPrepare: 0, agreementsToSign: 0, reportsToReview: 0 }]));
	if (!processIds.length) return out;
	const rows = await db
		.select({ processId: initiativeApplication.processId, status: initiativeApplication.status, prepared: sql<boolean>`${initiativeAgreement.applicationId} is not null`, accepted: sql<boolean>`${initiativeAgreement.acceptedAt} is not null`, n: sql<number>`count(*)::int` })
		.from(initiativeApplication)
		.leftJoin(initiativeAgreement, eq(initiativeAgreement.applicationId, initiativeApplication.id))
		.where(and(inArray(initiativeApplication.processId, processIds), inArray(initiativeApplication.status, ['submitted', 'approved', 'report_submitted'])))
		.groupBy(initiativeApplication.processId, initiativeApplication.status, sql`${initiativeAgreement.applicationId} is not null`, sql`${initiativeAgreement.acceptedAt} is not null`);
	for (const r of rows) {
		const c = out.get(r.processId)!;
		if (r.status === 'submitted') c.toAssess += r.n;
		else if (r.status === 'report_submitted') c.reportsToReview += r.n;
		else if (!r.prepared) c.agreementsToPrepare += r.n;
		else if (r.accepted) c.agreementsToSign += r.n;
	}
	return out;
}

/** The programmes an official runs (all for admins), with their pools and waiting work. */
export async function listManagedProgrammes(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!initiativeRules.createProgramme(ctx.actor)) throw new ForbiddenError();
	const base = ctx.db.select({ process, programme: initiativeProgramme }).from(initiativeProgramme).innerJoin(process, eq(process.id, initiativeProgramme.processId));
	const rows =
		ctx.actor.role === 'admin'
			? await base.orderBy(desc(initiativeProgramme.year))
			: await base.innerJoin(processOfficial, and(eq(processOfficial.processId, process.id), eq(processOfficial.userId, ctx.actor.id))).orderBy(desc(initiativeProgramme.year));
	const figures = await poolFiguresOf(ctx.db, rows.map((r) => r.programme));
	const work = await workCounts(ctx.db, rows.map((r) => r.process.id));
	return rows.map((r) => ({ process: r.process, programme: r.programme, figures: figures.get(r.process.id)!, work: work.get(r.process.id)! }));
}

/** Where an application waits in the officials' queue. */
export type QueueStage = 'to_assess' | 'agreement_to_prepare' | 'agreement_with_group' | 'agreement_to_sign' | 'in_progress' | 'report_to_review' | 'closed';

/** The programme's applications (not drafts) for its officials, each with the step it waits for. */
export async function programmeQueue(ctx: ServiceContext, processId: string) {
	await requireManager(ctx, ctx.db, processId);
	const rows = await ctx.db
		.select({ a: initiativeApplication, prepared: sql<boolean>`${initiativeAgreement.applicationId} is not null`, accepted: sql<boolean>`${initiativeAgreement.acceptedAt} is not null` })
		.from(initiativeApplication)
		.leftJoin(initiativeAgreement, eq(initiativeAgreement.applicationId, initiativeApplication.id))
		.where(and(eq(initiativeApplication.processId, processId), sql`${initiativeApplication.status} <> 'draft'`))
		.orderBy(initiativeApplication.submittedAt);
	const stageOf = (r: (typeof rows)[number]): QueueStage => {
		switch (r.a.status) {
			case 'submitted':
				return 'to_assess';
			case 'approved':
				return !r.prepared ? 'agreement_to_prepare' : r.accepted ? 'agreement_to_sign' : 'agreement_with_group';
			case 'in_progress':
				return 'in_progress';
			case 'report_submitted':
				return 'report_to_review';
			default:
				return 'closed';
		}
	};
	return rows.map((r) => ({ ...r.a, stage: stageOf(r) }));
}

/** The programme for its officials: everything above plus whether the criteria are frozen. */
export async function getManagedProgramme(ctx: ServiceContext, slugOrId: string) {
	const p = await getProgramme(ctx, slugOrId);
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!p.canManage) throw new ForbiddenError();
	const work = (await workCounts(ctx.db, [p.process.id])).get(p.process.id)!;
	return { ...p, work, criteriaFrozen: await criteriaFrozen(ctx.db, p.process.id) };
}
