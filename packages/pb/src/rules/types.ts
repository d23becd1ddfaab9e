/** What every counting rule returns. */
import type { Rational } from '../rational.ts';
import type { TieBreak } from '../profile.ts';

export interface GreedyStep {
  project: number;
  /** 1-based position in the score order. */
  rank: number;
  score: number;
  /** Money left (minor units) when the project's turn came. */
  remainingBefore: bigint;
  decision: 'funded' | 'does-not-fit' | 'below-threshold' | 'stopped';
}

export interface GreedyDetails {
  kind: 'greedy';
  steps: GreedyStep[];
  threshold?: number;
}

export interface MesRound {
  /** 1-based round number. */
  round: number;
  project: number;
  /** Affordability ρ: a supporter with utility u pays min(budget, ρ·u) (money per utility, in currency units). */
  rho: Rational;
  /** Money (currency units) a supporter with full means pays: ρ·u for the project's typical utility. */
  fullPayment: Rational;
  /** Supporters who paid everything they had left. */
  paidAllTheyHad: number;
  supporters: number;
}

export interface MesDetails {
  kind: 'mes';
  /** Per-voter starting budget in currency units (B/n, or the add1 budget that was kept). */
  voterBudget: Rational;
  rounds: MesRound[];
  /** Remaining budget of a voter at the end (currency units). */
  finalBudget: (voter: number) => Rational;
  /** What the given voters had left together at the end (currency units); same as summing finalBudget, but fast. */
  moneyLeft?: (voters: ArrayLike<number>) => Rational;
  /** For unfunded projects: the round after which its supporters could no longer afford it (0 = never could). */
  unaffordableAfterRound: Map<number, number>;
  /** add1: how many +1 steps were taken. */
  add1Steps?: number;
  /** add1: how many MES runs the loop made (fewer than the steps when certified jumps skipped some). */
  add1Runs?: number;
  /** Projects added by the utilitarian completion (add1u). */
  completion?: number[];
  /** Comparison step with greedy. */
  comparison?: { prefersMes: number; prefersGreedy: number; winner: 'mes' | 'greedy' };
  /** Free projects (cost 0) with supporters, funded before the first round. */
  free: number[];
}

export interface PhragmenDetails {
  kind: 'phragmen';
  rounds: { round: number; project: number; load: Rational }[];
}

export interface Outcome {
  rule: string;
  /** Project indices in selection order. */
  selected: number[];
  /** Total cost (minor units). */
  cost: bigint;
  tieBreaks: TieBreak[];
  details: GreedyDetails | MesDetails | PhragmenDetails;
  /** Comparison rules (`mes-add1-comparison`): how many voters preferred which outcome. */
  comparison?: { prefersMes: number; prefersGreedy: number; winner: 'mes' | 'greedy' };
}
