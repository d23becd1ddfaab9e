/**
 * Fairness metrics of an outcome. These describe, they never decide, so floats are fine here.
 */
import { formatMoney, projectCategories, type Election } from './model.ts';
import { profileOf } from './profile.ts';

export interface Metrics {
  voters: number;
  fundedProjects: number;
  /** Total cost of the funded projects (currency units). */
  cost: number;
  budget: number;
  budgetUsed: number;
  /** Share of voters with at least one funded project they supported. */
  coverage: number;
  /** 1 − coverage: share of voters none of whose projects was funded. */
  exclusionRatio: number;
  /** Mean number of funded projects a voter supported. */
  avgSatisfactionCount: number;
  /** Mean cost (currency) of the funded projects a voter supported. */
  avgSatisfactionCost: number;
  giniSatisfactionCount: number;
  giniSatisfactionCost: number;
  /** Funds (currency) per category; a project with several categories counts in each. */
  fundsPerCategory: Record<string, number>;
  /** Funds (currency) per district (project `district` column, else META district/subunit). */
  fundsPerDistrict: Record<string, number>;
}

/** Gini coefficient of non-negative values (0 = everyone equal, →1 = one takes all). */
export function gini(values: ArrayLike<number>): number {
  const xs = Array.from(values).sort((a, b) => a - b);
  const n = xs.length;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i]!;
    weighted += (i + 1) * xs[i]!;
  }
  if (n === 0 || sum === 0) return 0;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

export function computeMetrics(e: Election, selected: readonly number[]): Metrics {
  const p = profileOf(e);
  const money = (x: bigint) => Number(formatMoney(x, e.moneyScale));
  const count = new Float64Array(p.numVoters);
  const cost = new Float64Array(p.numVoters);
  let total = 0n;
  const perCategory: Record<string, bigint> = {};
  const perDistrict: Record<string, bigint> = {};
  const metaDistrict = e.meta['district'] ?? e.meta['subunit'] ?? e.meta['unit'] ?? '';
  for (const j of selected) {
    const c = money(p.cost[j]!);
    total += p.cost[j]!;
    for (const i of p.supporters[j]!) {
      count[i]! += 1;
      cost[i]! += c;
    }
    const proj = e.projects[j]!;
    for (const cat of projectCategories(proj)) perCategory[cat] = (perCategory[cat] ?? 0n) + p.cost[j]!;
    const d = (proj.fields['district'] ?? '').trim() || metaDistrict || '(none)';
    perDistrict[d] = (perDistrict[d] ?? 0n) + p.cost[j]!;
  }
  let covered = 0;
  let sumCount = 0;
  let sumCost = 0;
  for (let i = 0; i < p.numVoters; i++) {
    if (count[i]! > 0) covered++;
    sumCount += count[i]!;
    sumCost += cost[i]!;
  }
  const n = Math.max(p.numVoters, 1);
  const toNum = (r: Record<string, bigint>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, money(v)]));
  return {
    voters: p.numVoters,
    fundedProjects: selected.length,
    cost: money(total),
    budget: money(e.budget),
    budgetUsed: e.budget === 0n ? 0 : Number((total * 1_000_000n) / e.budget) / 1_000_000,
    coverage: covered / n,
    exclusionRatio: 1 - covered / n,
    avgSatisfactionCount: sumCount / n,
    avgSatisfactionCost: sumCost / n,
    giniSatisfactionCount: gini(count),
    giniSatisfactionCost: gini(cost),
    fundsPerCategory: toNum(perCategory),
    fundsPerDistrict: toNum(perDistrict),
  };
}
