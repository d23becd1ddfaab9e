/** The city's assessment (art. 19e): a score and a written justification per criterion of the
 * year, by the officials assigned to the programme; then the decision. An approval needs every
 * criterion scored, the programme's minimum score and money left in the pool; it commits the
 * approved amount. The group sees the assessment once decided. */
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { initiativeApplication, initiativeAssessment } from './schema';
import { criteriaOf, inTx, lockProgramme, moneyField, poolFigures, programmeRow, requireApplicationManager, type Application, type Criterion, type Programme } from './common';
import { scoreScale } from './programme.service';
import { notifyGroup } from './notify';
import { INITIATIVE_JUSTIFICATION_MAX } from '../../limits';

/** The assessment so far: each criterion with its score and justification (null = not yet),
 * the weighted total and whether every criterion is scored. */
export async function assessmentOf(db: Db, applicationId: string, criteria: Criterion[]) {
	const rows = await db.select().from(initiativeAssessment).where(eq(initiativeAssessment.applicationId, applicationId));
	const items = criteria.map((c) => {
		const r = rows.find((x) => x.criterionId === c.id);
		return { criterion: c, score: r?.score ?? null, justification: r?.justification ?? null, assessedBy: r?.assessedBy ?? null, assessedAt: r?.assessedAt ?? null };
	});
	const total = items.reduce((s, i) => s + (i.score ?? 0) * i.criterion.weight, 0);
	return { items, total, complete: items.length > 0 && items.every((i) => i.score !== null) };
}

/** Form fields `score.<criterionId>` and `justification.<criterionId>`; a criterion left blank
 * is skipped (the assessment can be saved in parts). */
export async function saveAssessment(ctx: ServiceContext, applicationId: string, input: { scores: Record<string, { score: unknown; justification: unknown }> }) {
	const { application: a } = await requireApplicationManager(ctx, ctx.db, applicationId);
	if (a.status !== 'submitted') throw new ConflictError('initiatives_already_decided');
	const criteria = await criteriaOf(ctx.db, a.processId);
	const errors: Record<string, string> = {};
	const params: Record<string, { max: number; got: number }> = {};
	const rows: { criterionId: string; score: number; justification: string }[] = [];
	for (const c of criteria) {
		const given = input.scores?.[c.id];
		const rawScore = String(given?.score ?? '').trim();
		const justification = String(given?.justification ?? '').trim();
		if (!rawScore && !justification) continue;
		const score = Number(rawScore);
		if (!rawScore || !/^\d+$/.test(rawScore) || score > c.maxScore) errors[`score.${c.id}`] = 'initiatives_score_range';
		if (justification.length < 10) errors[`justification.${c.id}`] = 'initiatives_justification_required';
		else if (justification.length > INITIATIVE_JUSTIFICATION_MAX) {
			errors[`justification.${c.id}`] = 'text_too_long';
			params[`justification.${c.id}`] = { max: INITIATIVE_JUSTIFICATION_MAX, got: justification.length };
		}
		if (!errors[`score.${c.id}`] && !errors[`justification.${c.id}`]) rows.push({ criterionId: c.id, score, justification });
	}
	if (Object.keys(errors).length) throw new ValidationError(errors, 'invalid', params);
	if (!rows.length) throw new ValidationError({ _: 'initiatives_nothing_scored' }, 'initiatives_nothing_scored');
	await inTx(ctx.db, async (tx) => {
		for (const r of rows) {
			await tx
				.insert(initiativeAssessment)
				.values({ applicationId, ...r, assessedBy: ctx.actor!.id, assessedAt: ctx.now() })
				.onConflictDoUpdate({ target: [initiativeAssessment.applicationId, initiativeAssessment.criterionId], set: { score: r.score, justification: r.justification, assessedBy: ctx.actor!.id, assessedAt: ctx.now() } });
		}
		await recordAudit(tx, ctx, { action: 'initiative.assess', targetType: 'initiative_application', targetId: applicationId, processId: a.processId, after: rows });
	});
}

export const decisionInput = z.discriminatedUnion('decision', [
	z.object({ decision: z.literal('approve'), amount: moneyField(), justification: z.string({ error: 'required' }).trim().min(10, 'initiatives_justification_required').max(INITIATIVE_JUSTIFICATION_MAX, 'text_too_long') }),
	z.object({ decision: z.literal('reject'), justification: z.string({ error: 'required' }).trim().min(10, 'initiatives_justification_required').max(INITIATIVE_JUSTIFICATION_MAX, 'text_too_long') })
], { error: 'initiatives_decision_required' });

/** What an approval would do, for the confirmation page: the score against the minimum and the
 * pool before and after. Throws what `decide` would throw. */
export async function previewDecision(ctx: ServiceContext, applicationId: string, input: unknown) {
	const d = parseInput(decisionInput, input);
	const { application: a } = await requireApplicationManager(ctx, ctx.db, applicationId);
	return checkDecision(ctx.db, a, d);
}

async function checkDecision(db: Db, a: Application, d: z.infer<typeof decisionInput>, prog?: Programme) {
	if (a.status !== 'submitted') throw new ConflictError('initiatives_already_decided');
	const programme = prog ?? (await programmeRow(db, a.processId));
	const criteria = await criteriaOf(db, a.processId);
	const assessment = await assessmentOf(db, a.id, criteria);
	if (!assessment.complete) throw new ConflictError('initiatives_assessment_incomplete');
	const scale = scoreScale(criteria, programme.minScorePercent);
	const figures = await poolFigures(db, a.processId, programme.poolAmount);
	if (d.decision === 'reject') return { decision: d, amount: 0, total: assessment.total, scale, figures, leftAfter: figures.left };
	const amount = d.amount || a.requestedAmount;
	if (assessment.total < scale.needed) throw new ConflictError('initiatives_score_too_low');
	if (amount > a.requestedAmount) throw new ValidationError({ amount: 'initiatives_amount_above_request' });
	if (amount > figures.left) throw new ConflictError('initiatives_pool_exhausted', { amount: 'initiatives_pool_exhausted' });
	return { decision: d, amount, total: assessment.total, scale, figures, leftAfter: figures.left - amount };
}

/** Approves (committing the amount from the pool) or rejects, with a written justification. */
export async function decide(ctx: ServiceContext, applicationId: string, input: unknown) {
	const d = parseInput(decisionInput, input);
	const { application } = await requireApplicationManager(ctx, ctx.db, applicationId);
	return inTx(ctx.db, async (tx) => {
		// The pool is locked: two approvals cannot both take the last money.
		const prog = await lockProgramme(tx, application.processId);
		const [a] = await tx.select().from(initiativeApplication).where(eq(initiativeApplication.id, applicationId));
		const r = await checkDecision(tx, a, d, prog);
		const approved = d.decision === 'approve';
		await tx
			.update(initiativeApplication)
			.set({ status: approved ? 'approved' : 'rejected', approvedAmount: approved ? r.amount : null, committedAmount: approved ? r.amount : 0, decisionJustification: d.justification, decidedBy: ctx.actor!.id, decidedAt: ctx.now(), updatedAt: ctx.now() })
			.where(and(eq(initiativeApplication.id, applicationId), eq(initiativeApplication.status, 'submitted')));
		await recordAudit(tx, ctx, { action: `initiative.${d.decision}`, targetType: 'initiative_application', targetId: applicationId, processId: a.processId, before: { status: a.status }, after: { status: approved ? 'approved' : 'rejected', amount: r.amount, total: r.total, justification: d.justification } });
		// Amounts are kept in grosze; the e-mail formats złoty for its reader.
		await notifyGroup(tx, ctx, a, 'initiative_decided', { key: approved ? 'initiative_approved' : 'initiative_rejected', params: { approvedAmount: r.amount / 100, score: r.total, maxScore: r.scale.max }, quote: d.justification });
		return { status: approved ? ('approved' as const) : ('rejected' as const), amount: r.amount };
	});
}
