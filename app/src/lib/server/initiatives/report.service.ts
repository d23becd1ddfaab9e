/** The final report: what was done, how many took part, and the contribution the group actually
 * delivered (hours of social work, goods, money). The city accepts it — the initiative is
 * completed and holds of the pool only what was paid out — or returns it with a note. */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { initiativeApplication, initiativeReport } from './schema';
import { countField, inTx, lockProgramme, moneyField, requireApplicant, requireApplicationManager } from './common';
import { paidOutFor } from './progress.service';
import { notifyGroup } from './notify';
import { INITIATIVE_REPORT_SUMMARY_MAX, INITIATIVE_REVIEW_NOTE_MAX } from '../../limits';

export const reportInput = z.object({
	summary: z.string({ error: 'required' }).trim().min(20, 'initiatives_report_too_short').max(INITIATIVE_REPORT_SUMMARY_MAX, 'text_too_long'),
	participants: countField(1_000_000),
	workHoursDelivered: countField(100_000),
	goodsValueDelivered: moneyField(),
	moneyDelivered: moneyField()
});

export type Report = typeof initiativeReport.$inferSelect;

export async function reportOf(db: Db, applicationId: string): Promise<Report | null> {
	const [row] = await db.select().from(initiativeReport).where(eq(initiativeReport.applicationId, applicationId));
	return row ?? null;
}

/** Parses a report without saving it (the check-your-answers page). */
export function checkReport(input: unknown) {
	return parseInput(reportInput, input);
}

/** The group sends the final report (again, after the city returned it). */
export async function submitReport(ctx: ServiceContext, applicationId: string, input: unknown) {
	const d = parseInput(reportInput, input);
	const { application: a } = await requireApplicant(ctx, ctx.db, applicationId);
	if (a.status !== 'in_progress') throw new ConflictError('initiatives_not_in_progress');
	await inTx(ctx.db, async (tx) => {
		const values = { ...d, submittedBy: ctx.actor!.id, submittedAt: ctx.now(), reviewedBy: null, reviewedAt: null, accepted: null, reviewNote: null };
		await tx.insert(initiativeReport).values({ applicationId, ...values }).onConflictDoUpdate({ target: initiativeReport.applicationId, set: values });
		await tx.update(initiativeApplication).set({ status: 'report_submitted', updatedAt: ctx.now() }).where(eq(initiativeApplication.id, applicationId));
	});
}

export const reviewInput = z.discriminatedUnion('verdict', [
	z.object({ verdict: z.literal('accept'), note: z.string().trim().max(INITIATIVE_REVIEW_NOTE_MAX, 'text_too_long').default('') }),
	z.object({ verdict: z.literal('return'), note: z.string({ error: 'required' }).trim().min(10, 'initiatives_review_note_required').max(INITIATIVE_REVIEW_NOTE_MAX, 'text_too_long') })
], { error: 'initiatives_verdict_required' });

/** The city accepts the report (completed) or returns it to the group with a note. */
export async function reviewReport(ctx: ServiceContext, applicationId: string, input: unknown) {
	const d = parseInput(reviewInput, input);
	const { application } = await requireApplicationManager(ctx, ctx.db, applicationId);
	await inTx(ctx.db, async (tx) => {
		await lockProgramme(tx, application.processId);
		const [a] = await tx.select().from(initiativeApplication).where(eq(initiativeApplication.id, applicationId));
		if (a.status !== 'report_submitted') throw new ConflictError('initiatives_no_report');
		const accepted = d.verdict === 'accept';
		await tx.update(initiativeReport).set({ reviewedBy: ctx.actor!.id, reviewedAt: ctx.now(), accepted, reviewNote: d.note || null }).where(eq(initiativeReport.applicationId, applicationId));
		// Completed: the initiative holds only what was paid; the rest goes back to the pool.
		const committed = accepted ? await paidOutFor(tx, applicationId) : a.committedAmount;
		await tx.update(initiativeApplication).set({ status: accepted ? 'completed' : 'in_progress', committedAmount: committed, updatedAt: ctx.now() }).where(eq(initiativeApplication.id, applicationId));
		await recordAudit(tx, ctx, { action: `initiative.report.${d.verdict}`, targetType: 'initiative_application', targetId: applicationId, processId: a.processId, before: { status: a.status, committed: a.committedAmount }, after: { status: accepted ? 'completed' : 'in_progress', committed, note: d.note } });
		await notifyGroup(tx, ctx, a, 'initiative_report_reviewed', { key: accepted ? 'initiative_report_accepted' : 'initiative_report_returned', ...(d.note ? { quote: d.note } : {}) });
	});
}
