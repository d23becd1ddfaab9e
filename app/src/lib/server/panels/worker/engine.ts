// The adapter between a panel's jobs and the selection engine (packages/sortition). Only the worker
// thread imports it: LEXIMIN on HiGHS blocks its thread for seconds to minutes.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DrawJob, DrawJobResult, FeasibilityJob, FeasibilityJobResult, SelectionJob, SelectionResult } from '../jobs.types';

type Engine = {
	selectPanel: typeof import('../../../../../../packages/sortition/src/select.ts').selectPanel;
	verifyDraw: typeof import('../../../../../../packages/sortition/src/draw.ts').verifyDraw;
	compilePool: typeof import('../../../../../../packages/sortition/src/pool.ts').compilePool;
	reserveList: typeof import('../../../../../../packages/sortition/src/reserves.ts').reserveList;
	seededRandom: typeof import('../../../../../../packages/sortition/src/sha256.ts').seededRandom;
	sha256Hex: typeof import('../../../../../../packages/sortition/src/sha256.ts').sha256Hex;
	checkFeasibility: typeof import('../../../../../../packages/sortition/src/feasibility.ts').checkFeasibility;
};

/** The engine's public entry point when it has one; until then its modules by path. */
async function engine(): Promise<Engine> {
	try {
		const e = (await import('@decydujemy/sortition')) as unknown as Partial<Engine>;
		if (e.selectPanel && e.verifyDraw && e.compilePool && e.reserveList && e.seededRandom && e.sha256Hex && e.checkFeasibility) return e as Engine;
	} catch {
		/* no index.ts yet */
	}
	const src = join(import.meta.dirname, '../../../../../../packages/sortition/src');
	const mod = (f: string) => import(pathToFileURL(join(src, f)).href);
	const [select, draw, pool, reserves, sha, feas] = await Promise.all([mod('select.ts'), mod('draw.ts'), mod('pool.ts'), mod('reserves.ts'), mod('sha256.ts'), mod('feasibility.ts')]);
	return { selectPanel: select.selectPanel, verifyDraw: draw.verifyDraw, compilePool: pool.compilePool, reserveList: reserves.reserveList, seededRandom: sha.seededRandom, sha256Hex: sha.sha256Hex, checkFeasibility: feas.checkFeasibility };
}

function toPool(job: Pick<SelectionJob, 'k' | 'features' | 'values' | 'quotas' | 'rows' | 'household'>) {
	return {
		k: job.k,
		features: job.features.map((name) => ({ name, values: job.values[name] })),
		quotas: job.quotas.map((q) => ({ feature: q.feature, value: q.value, min: q.min, max: q.max })),
		people: job.rows.map((row, i) => ({ id: String(i), features: Object.fromEntries(job.features.map((f, j) => [f, row[j]])), household: job.household[i] >= 0 ? `h${job.household[i]}` : undefined }))
	};
}

/** Feasibility, LEXIMIN, rounding to m panels; the seed is fixed now, revealed at the draw. */
export async function runSelection(job: SelectionJob, progress: (pct: number, text: string) => void): Promise<SelectionResult> {
	progress(2, 'loading the engine');
	const e = await engine();
	const result = await e.selectPanel(toPool(job), { k: job.k, algorithm: 'leximin', panels: job.m, seed: job.seed, maxPricingMips: job.maxPricingMips, reserves: job.reserves }, (p) => progress(Math.round(p.fraction * 100), p.phase));
	if (!result.lottery) throw new Error('the engine returned no lottery');
	const ids = result.ids;
	return {
		panels: result.lottery.published.panels.map((panel) => panel.map(Number)),
		probabilities: ids.map((id) => result.probabilities[id]),
		lotteryProbabilities: ids.map((id) => result.lottery!.probabilities[id]),
		published: result.lottery.published as unknown as Record<string, unknown>,
		seedCommitment: result.lottery.published.seedCommitment,
		report: {
			algorithm: result.algorithm,
			exact: result.exact,
			maximin: result.maximin,
			minProbability: result.minProbability,
			stats: result.stats,
			lotteryHash: result.lottery.lotteryHash,
			maxDeviation: result.lottery.maxDeviation,
			method: result.lottery.method,
			quotaCheck: result.quotaCheck,
			timings: result.timings,
			m: job.m
		}
	};
}

/** The draw: the engine's verifyDraw on the published lottery, then the reserve list for that panel. */
export async function runDraw(job: DrawJob): Promise<DrawJobResult> {
	const e = await engine();
	const lottery = job.published as unknown as Parameters<Engine['verifyDraw']>[0];
	const index = e.verifyDraw(lottery, job.seed, job.dice);
	const panel = lottery.panels[index - 1].map(Number);
	// The reserve list, as the engine builds it (ordered so that each panelist can be replaced).
	const cp = e.compilePool(
		{
			k: lottery.k,
			features: lottery.features.map((f) => ({ name: f.name, values: [...f.values] })),
			quotas: lottery.quotas.map((q) => ({ ...q })),
			people: lottery.pool.map((p) => ({ id: p.id, features: p.features, household: p.household === undefined ? undefined : `h${p.household}` }))
		},
		lottery.k
	);
	const reserves = e.reserveList(cp, panel, job.reserves, e.seededRandom(`reserves\u0000${e.sha256Hex(job.seed)}\u0000${index}`));
	return { index, panel, reserves: reserves.map((i) => Number(cp.ids[i])) };
}

type Conflict = FeasibilityJobResult['conflicts'][number];

/** The counting conditions, named per quota (the engine's own reasons are English sentences). */
function countingConflicts(job: FeasibilityJob, available: Record<string, Record<string, number>> | null): Conflict[] {
	const out: Conflict[] = [];
	for (const f of job.features) {
		const qs = job.quotas.filter((q) => q.feature === f);
		const minSum = qs.reduce((s, q) => s + q.min, 0);
		const maxSum = qs.reduce((s, q) => s + Math.min(q.max, available ? (available[f]?.[q.value] ?? 0) : q.max), 0);
		if (minSum > job.k) out.push({ feature: f, value: null, problem: 'min_sum_too_high', have: minSum, need: job.k });
		if (maxSum < job.k) out.push({ feature: f, value: null, problem: 'max_sum_too_low', have: maxSum, need: job.k });
		if (available) for (const q of qs) if ((available[f]?.[q.value] ?? 0) < q.min) out.push({ feature: f, value: q.value, problem: 'pool_short', have: available[f]?.[q.value] ?? 0, need: q.min });
	}
	return out;
}

/** The live feasibility check: the engine's checkFeasibility (an integer program on HiGHS) and,
 * when the quotas cannot hold, its smallest relaxation. Against the pool when there are
 * volunteers; before recruitment against the panel size alone, one criterion at a time (without
 * people the criteria are independent: a synthetic pool of k people per value). */
export async function runFeasibility(job: FeasibilityJob): Promise<FeasibilityJobResult> {
	const e = await engine();
	const quotasOf = (f: string) => job.quotas.filter((q) => q.feature === f).map((q) => ({ feature: q.feature, value: q.value, min: q.min, max: q.max }));
	if (!job.rows) {
		const relaxation: FeasibilityJobResult['relaxation'] = [];
		let feasible = true;
		for (const f of job.features) {
			const values = job.values[f];
			if (!values.length) continue;
			const people = values.flatMap((v, vi) => Array.from({ length: job.k }, (_, i) => ({ id: `${vi}.${i}`, features: { [f]: v } })));
			const cp = e.compilePool({ k: job.k, features: [{ name: f, values: [...values] }], quotas: quotasOf(f), people }, job.k);
			const r = await e.checkFeasibility(cp);
			if (!r.feasible) {
				feasible = false;
				relaxation.push(...r.relaxation);
			}
		}
		return { feasible, against: 'size', conflicts: feasible ? [] : countingConflicts(job, null), relaxation };
	}
	// Volunteers whose answers do not match the criteria (e.g. a criterion added later) cannot sit.
	const usable = job.rows.map((row, i) => ({ row, i })).filter(({ row }) => job.features.every((f, j) => job.values[f].includes(row[j])));
	const available: Record<string, Record<string, number>> = Object.fromEntries(job.features.map((f) => [f, {} as Record<string, number>]));
	for (const { row } of usable) job.features.forEach((f, j) => (available[f][row[j]] = (available[f][row[j]] ?? 0) + 1));
	if (usable.length < job.k) return { feasible: false, against: 'pool', conflicts: [{ feature: '', value: null, problem: 'pool_too_small', have: usable.length, need: job.k }, ...countingConflicts(job, available)], relaxation: [] };
	const pool = {
		k: job.k,
		features: job.features.map((name) => ({ name, values: [...job.values[name]] })),
		quotas: job.features.flatMap(quotasOf),
		people: usable.map(({ row, i }) => ({ id: String(i), features: Object.fromEntries(job.features.map((f, j) => [f, row[j]])), household: job.household[i] >= 0 ? `h${job.household[i]}` : undefined }))
	};
	const r = await e.checkFeasibility(e.compilePool(pool, job.k), pool);
	if (r.feasible) return { feasible: true, against: 'pool', conflicts: [], relaxation: [] };
	const conflicts = countingConflicts(job, available);
	if (!conflicts.length) conflicts.push({ feature: '', value: null, problem: 'combination', have: 0, need: job.k });
	return { feasible: false, against: 'pool', conflicts, relaxation: r.relaxation };
}
