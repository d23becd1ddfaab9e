import { z } from 'zod';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { panelVolunteer } from './schema';
import { allow, loadPanel } from './common';
import { panelRules } from './permissions';
import { listQuotas } from './setup.service';
import { runWorker, WorkerTimeout } from './runner';
import type { FeasibilityJob, FeasibilityJobResult } from './jobs.types';

/** How long the live check may take before the worker is stopped (the engine's full check with
 * the relaxation program runs with the selection, without this limit). */
export const FEASIBILITY_TIME_LIMIT_MS = 8_000;

const bound = (key: string) => z.coerce.number({ error: key }).int(key).min(0, key).max(1000, key);
/** The quotas as the official is editing them: min and max per row, in the order of the saved
 * quotas (the criteria and their values are the saved ones). */
export const feasibilityInput = z.object({
	quotas: z
		.array(z.object({ min: bound('min_invalid'), max: bound('max_invalid') }).refine((q) => q.max >= q.min, { message: 'max_below_min', path: ['max'] }))
		.max(400)
});

export interface QuotaCheck {
	status: 'feasible' | 'infeasible' | 'timeout';
	against: 'pool' | 'size';
	size: number;
	/** Volunteers checked against (0 before recruitment). */
	pool: number;
	conflicts: (FeasibilityJobResult['conflicts'][number] & { label: string | null })[];
	relaxation: (FeasibilityJobResult['relaxation'][number] & { label: string; index: number })[];
}

/** Checks the edited quotas in a worker thread (never on the request path) with a short time
 * limit: against the registered volunteers when there are any, otherwise against the panel size
 * alone (per criterion: sum of minimums ≤ k ≤ sum of maximums). Officials of the panel only; the
 * check reads the pool's answers, so it is written to the audit log like every pool access. */
export async function checkQuotaFeasibility(ctx: ServiceContext, processId: string, input: unknown, opts: { timeLimitMs?: number } = {}): Promise<QuotaCheck> {
	const data = parseInput(feasibilityInput, input);
	const { panel: p, standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.manage(ctx.actor, standing));
	const saved = await listQuotas(ctx.db, processId);
	if (data.quotas.length !== saved.length) throw new ValidationError({ quotas: 'quotas_changed' });
	const quotas = saved.map((q, i) => ({ feature: q.feature, value: q.value, min: data.quotas[i].min, max: data.quotas[i].max }));
	const features = [...new Set(quotas.map((q) => q.feature))];
	const values = Object.fromEntries(features.map((f) => [f, quotas.filter((q) => q.feature === f).map((q) => q.value)]));
	// The pool: once frozen, its numbered rows; before, every registered volunteer.
	const vols = await ctx.db
		.select({ answers: panelVolunteer.answers, household: panelVolunteer.household, rowIndex: panelVolunteer.rowIndex, status: panelVolunteer.status })
		.from(panelVolunteer)
		.where(and(eq(panelVolunteer.processId, processId), inArray(panelVolunteer.status, p.poolFrozenAt ? ['registered', 'selected', 'reserve', 'not_selected', 'dropped'] : ['registered'])))
		.orderBy(asc(panelVolunteer.rowIndex), asc(panelVolunteer.createdAt));
	const pool = p.poolFrozenAt ? vols.filter((v) => v.rowIndex !== null) : vols;
	const hh = new Map<string, number[]>();
	pool.forEach((v, i) => v.household && hh.set(v.household, [...(hh.get(v.household) ?? []), i]));
	const household = pool.map(() => -1);
	[...hh.values()].filter((g) => g.length > 1).forEach((g, gi) => g.forEach((i) => (household[i] = gi)));
	const job: FeasibilityJob = { kind: 'feasibility', k: p.size, features, values, quotas, rows: pool.length ? pool.map((v) => features.map((f) => v.answers[f] ?? '')) : null, household };
	let result: FeasibilityJobResult | null = null;
	try {
		result = features.length ? await runWorker<FeasibilityJobResult>(job, opts.timeLimitMs ?? FEASIBILITY_TIME_LIMIT_MS) : { feasible: true, against: job.rows ? 'pool' : 'size', conflicts: [], relaxation: [] };
	} catch (e) {
		if (!(e instanceof WorkerTimeout)) throw e;
	}
	const labelOf = (f: string, v: string | null) => (v === null ? null : (saved.find((q) => q.feature === f && q.value === v)?.label ?? v));
	const check: QuotaCheck = result
		? {
				status: result.feasible ? 'feasible' : 'infeasible',
				against: result.against,
				size: p.size,
				pool: pool.length,
				conflicts: result.conflicts.map((c) => ({ ...c, label: labelOf(c.feature, c.value) })),
				relaxation: result.relaxation.map((r) => ({ ...r, label: labelOf(r.feature, r.value) ?? r.value, index: saved.findIndex((q) => q.feature === r.feature && q.value === r.value) }))
			}
		: { status: 'timeout', against: job.rows ? 'pool' : 'size', size: p.size, pool: pool.length, conflicts: [], relaxation: [] };
	await recordAudit(ctx.db, ctx, { action: 'panel.quotas.check', targetType: 'panel', targetId: processId, after: { quotas, status: check.status, against: check.against, pool: pool.length } });
	return check;
}

/** The quotas form's fields (q0_min, q0_max, q1_min, …) as the check's input. */
export function quotasFromForm(form: FormData): { quotas: { min: unknown; max: unknown }[] } {
	const quotas: { min: unknown; max: unknown }[] = [];
	for (let i = 0; form.has(`q${i}_min`) || form.has(`q${i}_max`); i++) quotas.push({ min: form.get(`q${i}_min`), max: form.get(`q${i}_max`) });
	return { quotas };
}

/** Field errors named like the form's inputs ('quotas.3.max' → 'q3_max'), for the error summary. */
export function quotaFieldNames<T>(fields: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^(?:quotas\.)?(\d+)\.(min|max)$/, 'q$1_$2'), v]));
}
