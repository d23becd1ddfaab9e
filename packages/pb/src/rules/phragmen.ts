/**
 * Sequential Phragmén for participatory budgeting (approval; for points ballots every project a
 * voter gives points to counts as approved).
 *
 * Voters earn money continuously; a project is bought as soon as its supporters together have
 * earned its cost, and buying it resets the supporters' "load" to the same level. Formally the
 * next project is the one minimising (cost(p) + Σ_{i supports p} load_i) / |supporters(p)|, which
 * becomes the new load of every supporter. A project that would exceed the budget is dropped
 * and the rule continues with the rest. Exact fractions throughout.
 */
import { Rational } from '../rational.ts';
import { tieCriterion, type Profile, type TieBreak } from '../profile.ts';
import type { Outcome, PhragmenDetails } from './types.ts';

export function phragmen(p: Profile, budget: bigint = p.election.budget, exclude?: ReadonlySet<number>): Outcome {
  const n = p.numVoters;
  // Load classes: voters sharing a load value share a class (exact value and a float copy).
  const loads: Rational[] = [Rational.ZERO];
  const loadF: number[] = [0];
  const cls = new Int32Array(n);
  let cnt = new Int32Array(16);
  const newClass = (r: Rational) => {
    const c = loads.length;
    loads.push(r);
    loadF.push(r.toNumber());
    if (c >= cnt.length) {
      const b = new Int32Array(cnt.length * 2);
      b.set(cnt);
      cnt = b;
    }
    return c;
  };
  const remaining: number[] = [];
  for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j]! > 0 && !exclude?.has(j)) remaining.push(j);
  // The candidate load of a project only grows (loads only grow), so the last value is a lower
  // bound: projects are re-evaluated lazily in increasing order of it.
  const lastF = remaining.map(() => 0);
  const lastOf = new Map<number, number>();
  remaining.forEach((j, k) => lastOf.set(j, k));
  const costF = p.cost.map((c) => Number(c));
  const selected: number[] = [];
  const tieBreaks: TieBreak[] = [];
  const rounds: PhragmenDetails['rounds'] = [];
  let left = budget;
  const touched: number[] = [];
  const exactLoad = (j: number): Rational => {
    const sup = p.supporters[j]!;
    touched.length = 0;
    for (let k = 0; k < sup.length; k++) {
      const c = cls[sup[k]!]!;
      if (cnt[c]++ === 0) touched.push(c);
    }
    let sum = Rational.of(p.cost[j]!);
    for (const c of touched) {
      if (c !== 0) sum = sum.add(loads[c]!.mulInt(BigInt(cnt[c]!)));
      cnt[c] = 0;
    }
    return sum.divInt(BigInt(sup.length));
  };
  const EPS = 2 ** -48;
  while (remaining.length > 0) {
    remaining.sort((a, b) => lastF[lastOf.get(a)!]! - lastF[lastOf.get(b)!]! || p.tieRank[a]! - p.tieRank[b]!);
    // Floats first: every term is positive, so the relative error stays below (terms)·ε.
    let bestF = Infinity;
    const evaluated: [number, number][] = [];
    for (const j of remaining) {
      if (lastF[lastOf.get(j)!]! > bestF * (1 + 1e-9)) break;
      const sup = p.supporters[j]!;
      let sum = costF[j]!;
      for (let k = 0; k < sup.length; k++) sum += loadF[cls[sup[k]!]!]!;
      const f = sum / sup.length;
      lastF[lastOf.get(j)!] = f * (1 - sup.length * EPS);
      evaluated.push([j, f]);
      if (f < bestF) bestF = f;
    }
    // Exact comparison among the candidates the floats cannot separate.
    let best: number[] = [];
    let bestLoad: Rational | null = null;
    for (const [j, f] of evaluated) {
      if (f > bestF * (1 + 1e-9)) continue;
      const load = exactLoad(j);
      const d = bestLoad === null ? -1 : load.cmp(bestLoad);
      if (d < 0) {
        best = [j];
        bestLoad = load;
      } else if (d === 0) best.push(j);
    }
    if (bestLoad === null) break;
    best.sort((a, b) => p.tieRank[a]! - p.tieRank[b]!);
    const win = best[0]!;
    remaining.splice(remaining.indexOf(win), 1);
    if (p.cost[win]! > left) continue; // does not fit: dropped, the others go on
    if (best.length > 1)
      tieBreaks.push({ at: `Phragmén round ${rounds.length + 1}`, tied: best.map((k) => p.election.projects[k]!.id), chosen: p.election.projects[win]!.id, decidedBy: tieCriterion(p, win, best[1]!) });
    selected.push(win);
    left -= p.cost[win]!;
    const c = newClass(bestLoad);
    for (const i of p.supporters[win]!) cls[i] = c;
    rounds.push({ round: rounds.length + 1, project: win, load: bestLoad.divInt(p.election.moneyScale) });
  }
  return { rule: 'phragmen', selected, cost: budget - left, tieBreaks, details: { kind: 'phragmen', rounds } };
}
