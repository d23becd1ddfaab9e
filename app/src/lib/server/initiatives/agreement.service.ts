/** The agreement (art. 19e): the officials prepare it (dates, each side's tasks, the
 * contribution the group delivers, the city's amount), the group accepts it, the city signs it
 * and the work starts. The city's amount holds its place in the pool from then on. */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { initiativeAgreement, initiativeApplication } from './schema';
import { countField, dayField, inTx, lockProgramme, moneyField, requireApplicant, requireApplicationManager } from './common';
import { notifyGroup } from './notify';
import { INITIATIVE_AGREEMENT_TASKS_MAX } from '../../limits';

export const agreementInput = z
	.object({
		startsOn: dayField(),
		endsOn: dayField(),
		cityTasks: z.string({ error: 'required' }).trim().min(10, 'initiatives_tasks_required').max(INITIATIVE_AGREEMENT_TASKS_MAX, 'text_too_long'),
		groupTasks: z.string({ error: 'required' }).trim().min(10, 'initiatives_tasks_required').max(INITIATIVE_AGREEMENT_TASKS_MAX, 'text_too_long'),
		workHours: countField(100_000),
		goodsValue: moneyField(),
		moneyAmount: moneyField(),
		cityAmount: moneyField({ required: true })
	})
	.refine((d) => d.endsOn >= d.startsOn, { message: 'initiatives_dates_order', path: ['endsOn'] });

export type Agreement = typeof initiativeAgreement.$inferSelect;

export async function agreementOf(db: Db, applicationId: string): Promise<Agreement | null> {
	const [row] = await db.select().from(initiativeAgreement).where(eq(initiativeAgreement.applicationId, applicationId));
	return row ?? null;
}

/** Prepares (or corrects, until signed) the agreement of an approved application. A correction
 * after the group accepted asks the group to accept again. */
export async function prepareAgreement(ctx: ServiceContext, applicationId: string, input: unknown) {
	const d = parseInput(agreementInput, input);
	const { application: a } = await requireApplicationManager(ctx, ctx.db, applicationId);
	if (a.status !== 'approved') throw new ConflictError('initiatives_not_approved');
	if (d.cityAmount > (a.approvedAmount ?? 0)) throw new ValidationError({ cityAmount: 'initiatives_agreement_above_approved' });
	await inTx(ctx.db, async (tx) => {
		const before = await agreementOf(tx, applicationId);
		if (before?.signedAt) throw new ConflictError('initiatives_agreement_signed');
		const values = { ...d, preparedBy: ctx.actor!.id, preparedAt: ctx.now(), acceptedBy: null, acceptedAt: null };
		await tx.insert(initiativeAgreement).values({ applicationId, ...values }).onConflictDoUpdate({ target: initiativeAgreement.applicationId, set: values });
		await recordAudit(tx, ctx, { action: 'initiative.agreement.prepare', targetType: 'initiative_application', targetId: applicationId, processId: a.processId, before, after: d });
		await notifyGroup(tx, ctx, a, 'initiative_agreement', { key: 'initiative_agreement', params: { startsDate: d.startsOn, endsDate: d.endsOn, cityAmount: d.cityAmount / 100 } });
	});
}

/** The group accepts the agreement as prepared. */
export async function acceptAgreement(ctx: ServiceContext, applicationId: string) {
	const { application: a } = await requireApplicant(ctx, ctx.db, applicationId);
	if (a.status !== 'approved') throw new ConflictError('initiatives_not_approved');
	const ag = await agreementOf(ctx.db, applicationId);
	if (!ag) throw new ConflictError('initiatives_no_agreement');
	if (ag.acceptedAt) throw new ConflictError('initiatives_agreement_accepted');
	await ctx.db.update(initiativeAgreement).set({ acceptedBy: ctx.actor!.id, acceptedAt: ctx.now() }).where(eq(initiativeAgreement.applicationId, applicationId));
}

/** The city signs the accepted agreement: the initiative starts and the agreement's amount is
 * what it holds of the pool (the approved amount's rest goes back). */
export async function signAgreement(ctx: ServiceContext, applicationId: string) {
	const { application } = await requireApplicationManager(ctx, ctx.db, applicationId);
	await inTx(ctx.db, async (tx) => {
		await lockProgramme(tx, application.processId);
		const [a] = await tx.select().from(initiativeApplication).where(eq(initiativeApplication.id, applicationId));
		if (a.status !== 'approved') throw new ConflictError('initiatives_not_approved');
		const ag = await agreementOf(tx, applicationId);
		if (!ag) throw new ConflictError('initiatives_no_agreement');
		if (!ag.acceptedAt) throw new ConflictError('initiatives_agreement_not_accepted');
		await tx.update(initiativeAgreement).set({ signedBy: ctx.actor!.id, signedAt: ctx.now() }).where(eq(initiativeAgreement.applicationId, applicationId));
		await tx.update(initiativeApplication).set({ status: 'in_progress', committedAmount: ag.cityAmount, updatedAt: ctx.now() }).where(eq(initiativeApplication.id, applicationId));
		await recordAudit(tx, ctx, { action: 'initiative.agreement.sign', targetType: 'initiative_application', targetId: applicationId, processId: a.processId, before: { status: a.status, committed: a.committedAmount }, after: { status: 'in_progress', committed: ag.cityAmount } });
	});
}
