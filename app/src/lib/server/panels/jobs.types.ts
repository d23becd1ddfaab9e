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
	timeLimitSeconds: number;
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
