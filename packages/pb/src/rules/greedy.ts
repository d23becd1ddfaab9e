/**
 * Greedy rules: projects in order of score (approvals, or points for ordinal/cumulative ballots),
 * ties by the published order (lower cost, more supporters, file order).
 * - `greedy`: fund each project that still fits, skip the ones that no longer fit;
 * - `greedy-no-skip`: stop at the first project that does not fit;
 * - `greedy-threshold`: only projects whose score reaches `min_project_score_threshold` take part.
 */
import { tieCriterion, type Profile, type TieBreak } from '../profile.ts';
import type { GreedyStep, Outcome } from './types.ts';

export interface GreedyOptions {
  skip: boolean;
  threshold?: number;
  budget?: bigint;
  /** Projects that may not be funded (used by pools and earmarks). */
  exclude?: ReadonlySet<number>;
  /** Already funded (their cost is taken from the budget first). */
  initial?: readonly number[];
  rule?: string;
  /** Score to order by; defaults to the profile's score. */
  score?: readonly number[];
}

/** The score order with ties resolved by the published order. */
export function greedyOrder(p: Profile, score: readonly number[] = p.score): number[] {
  const order = Array.from({ length: p.numProjects }, (_, j) => j);
  order.sort((a, b) => score[b]! - score[a]! || p.tieRank[a]! - p.tieRank[b]!);
  return order;
}

export function greedy(p: Profile, opts: GreedyOptions): Outcome {
  const score = opts.score ?? p.score;
  const order = greedyOrder(p, score);
  let remaining = opts.budget ?? p.election.budget;
  const selected: number[] = [];
  const initial = new Set(opts.initial ?? []);
  for (const j of initial) {
    selected.push(j);
    remaining -= p.cost[j]!;
  }
  const steps: GreedyStep[] = [];
  const tieBreaks: TieBreak[] = [];
  let stopped = false;
  for (let r = 0; r < order.length; r++) {
    const j = order[r]!;
    if (initial.has(j) || opts.exclude?.has(j)) continue;
    const next = r + 1 < order.length ? order[r + 1]! : -1;
    const step: GreedyStep = { project: j, rank: r + 1, score: score[j]!, remainingBefore: remaining, decision: 'funded' };
    if (opts.threshold !== undefined && score[j]! < opts.threshold) step.decision = 'below-threshold';
    else if (stopped) step.decision = 'stopped';
    else if (p.cost[j]! > remaining) {
      step.decision = 'does-not-fit';
      if (!opts.skip) stopped = true;
    } else {
      selected.push(j);
      remaining -= p.cost[j]!;
      // A tie mattered when an equally scored neighbour exists and both could not simply be funded.
      if (next >= 0 && score[next] === score[j] && p.cost[next]! > remaining) {
        tieBreaks.push({
          at: `greedy rank ${r + 1}`,
          tied: order.filter((k) => score[k] === score[j]).map((k) => p.election.projects[k]!.id),
          chosen: p.election.projects[j]!.id,
          decidedBy: tieCriterion(p, j, next),
        });
      }
    }
    steps.push(step);
  }
  const cost = selected.reduce((s, j) => s + p.cost[j]!, 0n);
  const details = opts.threshold === undefined ? { kind: 'greedy' as const, steps } : { kind: 'greedy' as const, steps, threshold: opts.threshold };
  return { rule: opts.rule ?? (opts.threshold !== undefined ? 'greedy-threshold' : opts.skip ? 'greedy' : 'greedy-no-skip'), selected, cost, tieBreaks, details };
}
