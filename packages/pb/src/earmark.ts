/**
 * Green budget support: an earmark (at least a share of the budget for projects of a category)
 * and separate pools (citywide, district, green) counted independently from one ballot set.
 */
import { formatMoney, projectCategories, type Election, type Project } from './model.ts';
import { tally, type TallyOptions } from './rules/index.ts';
import type { Outcome } from './rules/types.ts';

export interface EarmarkSpec {
  /** Category label (as in the PROJECTS `category` column), e.g. "environmental protection". */
  category: string;
  /** Share of the budget reserved, as [numerator, denominator] (e.g. [1n, 5n] for 20 %). */
  share: readonly [bigint, bigint];
}

export interface EarmarkResult {
  rule: string;
  /** Project ids in selection order (earmarked part first). */
  selected: string[];
  cost: bigint;
  /** Reserved amount (minor units): floor(share × budget). */
  reserved: bigint;
  /** Spent on category projects in total. */
  categorySpent: bigint;
  met: boolean;
  /** Why the guarantee could not be met (empty when met). */
  reason: { en: string; pl: string } | null;
  earmarkOutcome: Outcome;
  restOutcome: Outcome;
}

/**
 * The earmark rule: first the named rule is run on the category's projects alone with the
 * reserved money (every voter takes part, each with their share of the reserve); then the
 * rule is run on all other projects (and the category's unfunded ones) with what is left of
 * the whole budget. The category thus receives at least the reserve whenever its supported
 * projects can absorb it; when they cannot, the result says why.
 */
export function tallyWithEarmark(e: Election, rule: string, spec: EarmarkSpec): EarmarkResult {
  const inCat = new Set<number>();
  e.projects.forEach((p, j) => {
    if (projectCategories(p).includes(spec.category)) inCat.add(j);
  });
  const reserved = (e.budget * spec.share[0]) / spec.share[1];
  const outside = new Set<number>();
  for (let j = 0; j < e.projects.length; j++) if (!inCat.has(j)) outside.add(j);
  const first = tally(e, rule, { budget: reserved, exclude: outside });
  const firstSet = new Set(first.selected);
  const rest = tally(e, rule, { budget: e.budget - first.cost, exclude: firstSet } satisfies TallyOptions);
  const selected = [...first.selected, ...rest.selected];
  let categorySpent = 0n;
  for (const j of selected) if (inCat.has(j)) categorySpent += e.projects[j]!.cost;
  const met = categorySpent >= reserved;
  let reason: EarmarkResult['reason'] = null;
  const money = (x: bigint) => `${formatMoney(x, e.moneyScale)}${e.meta['currency'] ? ' ' + e.meta['currency'] : ''}`;
  if (!met) {
    const supported = new Set<number>();
    for (const v of e.voters) for (const j of v.projects) if (inCat.has(j)) supported.add(j);
    let supportedCost = 0n;
    for (const j of supported) supportedCost += e.projects[j]!.cost;
    if (inCat.size === 0)
      reason = { en: `No project has the category "${spec.category}".`, pl: `Żaden projekt nie ma kategorii „${spec.category}”.` };
    else if (supportedCost < reserved)
      reason = { en: `Supported "${spec.category}" projects cost only ${money(supportedCost)} together, less than the reserved ${money(reserved)}.`, pl: `Poparte projekty z kategorii „${spec.category}” kosztują razem tylko ${money(supportedCost)}, mniej niż zarezerwowane ${money(reserved)}.` };
    else
      reason = { en: `The remaining "${spec.category}" projects did not fit into what was left of the reserve or were not chosen by the rule; ${money(categorySpent)} of ${money(reserved)} were spent on the category.`, pl: `Pozostałe projekty z kategorii „${spec.category}” nie zmieściły się w reszcie rezerwy albo nie zostały wybrane przez regułę; na kategorię wydano ${money(categorySpent)} z ${money(reserved)}.` };
  }
  return { rule, selected: selected.map((j) => e.projects[j]!.id), cost: first.cost + rest.cost, reserved, categorySpent, met, reason, earmarkOutcome: first, restOutcome: rest };
}

export interface PoolSpec {
  name: string;
  /** Pool budget in minor units. */
  budget: bigint;
  /** Which projects belong to the pool. */
  includes: (project: Project) => boolean;
}

export interface PoolResult {
  name: string;
  election: Election;
  outcome: Outcome;
  /** Project ids in selection order. */
  selected: string[];
}

/**
 * The election restricted to some projects and a budget: ballots keep only those projects, and
 * voters left with an empty ballot do not take part (they hold no share of this pool).
 */
export function subElection(e: Election, projects: readonly number[], budget: bigint): Election {
  const keep = new Map<number, number>();
  projects.forEach((j, k) => keep.set(j, k));
  const newProjects = projects.map((j) => e.projects[j]!);
  const voters = [];
  for (const v of e.voters) {
    const idx: number[] = [];
    const pts: number[] = [];
    v.projects.forEach((j, k) => {
      const to = keep.get(j);
      if (to !== undefined) {
        idx.push(to);
        if (v.points) pts.push(v.points[k]!);
      }
    });
    if (idx.length > 0) voters.push({ id: v.id, projects: idx, points: v.points ? pts : null, extra: v.extra });
  }
  return {
    ...e,
    meta: { ...e.meta, budget: formatMoney(budget, e.moneyScale), num_projects: String(newProjects.length), num_votes: String(voters.length) },
    budget,
    projects: newProjects,
    voters,
    projectIndex: new Map(newProjects.map((p, k) => [p.id, k])),
  };
}

/** Counts each pool independently from the same ballots. */
export function tallyPools(e: Election, rule: string, pools: readonly PoolSpec[]): PoolResult[] {
  return pools.map((pool) => {
    const projects: number[] = [];
    e.projects.forEach((p, j) => {
      if (pool.includes(p)) projects.push(j);
    });
    const sub = subElection(e, projects, pool.budget);
    const outcome = tally(sub, rule);
    return { name: pool.name, election: sub, outcome, selected: outcome.selected.map((j) => sub.projects[j]!.id) };
  });
}
