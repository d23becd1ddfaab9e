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
  // Load classes: voters sharing a load value share a class.
  const loads: Rational[] = [Rational.ZERO];
  const key = new Map<string, number>([['0', 0]]);
  const cls = new Int32Array(n);
  let cnt = new Int32Array(16);
  const classOf = (r: Rational) => {
    const k = r.toString();
    let c = key.get(k);
    if (c === undefined) {
      c = loads.length;
      loads.push(r);
      key.set(k, c);
      if (c >= cnt.length) {
        const b = new Int32Array(cnt.length * 2);
        b.set(cnt);
        cnt = b;
      }
    }
    return c;
  };
  const remaining = new Set<number>();
  for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j]! > 0 && !exclude?.has(j)) remaining.add(j);
  const selected: number[] = [];
  const tieBreaks: TieBreak[] = [];
  const rounds: PhragmenDetails['rounds'] = [];
  let left = budget;
  const touched: number[] = [];
  while (remaining.size > 0) {
    let best: number[] = [];
    let bestLoad: Rational | null = null;
    for (const j of remaining) {
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
      const load = sum.divInt(BigInt(sup.length));
      const d = bestLoad === null ? -1 : load.cmp(bestLoad);
      if (d < 0) {
        best = [j];
        bestLoad = load;
      } else if (d === 0) best.push(j);
    }
    if (bestLoad === null) break;
    best.sort((a, b) => p.tieRank[a]! - p.tieRank[b]!);
    const win = best[0]!;
    remaining.delete(win);
    if (p.cost[win]! > left) continue; // does not fit: dropped, the others go on
    if (best.length > 1)
      tieBreaks.push({ at: `Phragmén round ${rounds.length + 1}`, tied: best.map((k) => p.election.projects[k]!.id), chosen: p.election.projects[win]!.id, decidedBy: tieCriterion(p, win, best[1]!) });
    selected.push(win);
    left -= p.cost[win]!;
    const c = classOf(bestLoad);
    for (const i of p.supporters[win]!) cls[i] = c;
    rounds.push({ round: rounds.length + 1, project: win, load: bestLoad.divInt(p.election.moneyScale) });
  }
  return { rule: 'phragmen', selected, cost: budget - left, tieBreaks, details: { kind: 'phragmen', rounds } };
}
