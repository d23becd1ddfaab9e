import type { QuotaView } from './setup.service';

/** What the selection worker needs: the anonymised pool, the quotas, k, reserves and m. */
export interface SelectionJob {
	kind: 'select';
	k: number;
	m: number;
	reserves: number;
	features: string[];
	values: Record<string, string[]>;
	quotas: QuotaView[];
	rows: string[][];
	/** Household group per row (-1 = alone); published only as group numbers. */
	household: number[];
	/** The secret seed, fixed now; its SHA-256 is in the published lottery. */
	seed: string;
	/** LEXIMIN work budget (pricing integer programs): a count, never a clock, so the lottery is reproducible. */
	maxPricingMips: number;
}

export interface SelectionResult {
	/** The m panels as row indices (panel number i+1 is panels[i]). */
	panels: number[][];
	/** LEXIMIN selection probability of every row. */
	probabilities: number[];
	/** Probability of every row in the uniform lottery over the m panels. */
	lotteryProbabilities: number[];
	/** The engine's PublishedLottery, verbatim: what anyone verifies the draw against. */
	published: Record<string, unknown>;
	seedCommitment: string;
	report: Record<string, unknown>;
}

export interface DrawJob {
	kind: 'draw';
	published: Record<string, unknown>;
	seed: string;
	dice: number[];
	reserves: number;
}

export interface DrawJobResult {
	/** Panel number, 1..m (the engine's numbering). */
	index: number;
	panel: number[];
	reserves: number[];
}

/** The live feasibility check of the quotas (a short job: the worker is stopped after a few
 * seconds). With `rows` the check is against the pool; without, against the panel size alone. */
export interface FeasibilityJob {
	kind: 'feasibility';
	k: number;
	features: string[];
	values: Record<string, string[]>;
	quotas: { feature: string; value: string; min: number; max: number }[];
	/** The registered volunteers' answers (anonymised rows), or null before recruitment. */
	rows: string[][] | null;
	household: number[];
}

export interface FeasibilityJobResult {
	feasible: boolean;
	/** 'pool' when checked against the volunteers, 'size' against the panel size alone. */
	against: 'pool' | 'size';
	/** The quotas that conflict: per criterion or per value, with the numbers. */
	conflicts: { feature: string; value: string | null; problem: 'min_sum_too_high' | 'max_sum_too_low' | 'pool_short' | 'pool_too_small' | 'combination'; have: number; need: number }[];
	/** The engine's smallest relaxation (empty when feasible or when none exists). */
	relaxation: { feature: string; value: string; min: number; max: number; newMin: number; newMax: number }[];
}
