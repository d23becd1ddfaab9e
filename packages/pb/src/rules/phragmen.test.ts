import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { profileOf } from '../profile.ts';
import { Rational } from '../rational.ts';
import { makeElection } from '../testkit.ts';
import { tally } from './index.ts';
import type { PhragmenDetails } from './types.ts';

describe('sequential Phragmén', () => {
  it('buys the project whose supporters earn its cost first and balances loads', () => {
    // a: 3 supporters, cost 30 → load 10; b: 1 supporter (voter 4), cost 5 → load 5 (earlier)
    // c: supported by voters 1-3 again, cost 30: (3·10 + 30)/3 = 20
    const e = makeElection({ budget: 100, projects: [['a', 30], ['b', 5], ['c', 30], ['d', 80]], votes: [['a', 'c'], ['a', 'c'], ['a', 'c'], ['b', 'd']] });
    const o = tally(e, 'phragmen');
    expect(o.selected.map((j) => e.projects[j]!.id)).toEqual(['b', 'a', 'c']);
    expect((o.details as PhragmenDetails).rounds.map((r) => r.load.toString())).toEqual(['5', '10', '20']);
    // d would make voter 4's load (5 + 80)/1 = 85 but no longer fits the 35 left: dropped
    expect(o.cost).toBe(65n);
  });
});


/** Textbook sequential Phragmén with per-voter exact loads, every project every round. */
function naivePhragmen(e: ReturnType<typeof makeElection>): string[] {
  const p = profileOf(e);
  const load: Rational[] = new Array(p.numVoters).fill(Rational.ZERO);
  const remaining = new Set<number>();
  for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j]! > 0) remaining.add(j);
  let left = e.budget;
  const out: string[] = [];
  while (remaining.size > 0) {
    let best = -1;
    let bestLoad: Rational | null = null;
    for (const j of remaining) {
      const sup = [...p.supporters[j]!];
      const l = sup.reduce((s, i) => s.add(load[i]!), Rational.of(p.cost[j]!)).divInt(BigInt(sup.length));
      if (bestLoad === null || l.lt(bestLoad) || (l.eq(bestLoad) && p.tieRank[j]! < p.tieRank[best]!)) {
        best = j;
        bestLoad = l;
      }
    }
    remaining.delete(best);
    if (p.cost[best]! > left) continue;
    left -= p.cost[best]!;
    out.push(e.projects[best]!.id);
    for (const i of p.supporters[best]!) load[i] = bestLoad!;
  }
  return out;
}

describe('sequential Phragmén against the textbook definition', () => {
  it('agrees on random approval elections', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.array(fc.nat(6), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 150 }),
        (costs, ballots, budget) => {
          const e = makeElection({
            budget,
            projects: costs.map((c, k) => [`p${k}`, c] as const),
            votes: ballots.map((b) => [...new Set(b.map((k) => `p${k % costs.length}`))]),
          });
          expect(tally(e, 'phragmen').selected.map((j) => e.projects[j]!.id)).toEqual(naivePhragmen(e));
        },
      ),
      { numRuns: 300 },
    );
  });
});
