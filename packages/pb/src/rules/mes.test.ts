import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePabulib } from '../pabulib/parse.ts';
import { makeElection, type ElectionSpec } from '../testkit.ts';
import { profileOf, type Profile } from '../profile.ts';
import { Rational } from '../rational.ts';
import { explainVoter } from '../explain.ts';
import { officialWinners } from '../check.ts';
import { tally } from './index.ts';
import { mes } from './mes.ts';
import type { Election } from '../model.ts';
import type { MesDetails } from './types.ts';

const fixture = (f: string) => parsePabulib(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${f}`, import.meta.url)), 'utf8'), { strictBallots: false });
const ids = (e: Election, sel: readonly number[]) => sel.map((j) => e.projects[j]!.id);

/**
 * Textbook MES, written as plainly as possible (per voter, every project re-evaluated every
 * round, after pabutools' naive_mes): the reference our fast implementation must equal.
 */
function naiveMes(p: Profile, perVoter: Rational): number[] {
  const b: Rational[] = new Array(p.numVoters).fill(perVoter);
  const util = (j: number, k: number) => (p.weights[j] ? Rational.of(p.weights[j]![k]!) : Rational.of(p.cost[j]!));
  const selected: number[] = [];
  const remaining = new Set<number>();
  for (let j = 0; j < p.numProjects; j++) {
    if (p.supporterCount[j] === 0) continue;
    if (p.cost[j] === 0n) selected.push(j);
    else remaining.add(j);
  }
  for (;;) {
    let best = -1;
    let bestRho: Rational | null = null;
    for (const j of [...remaining]) {
      const sup = [...p.supporters[j]!].map((i, k) => ({ i, u: util(j, k) }));
      const cost = Rational.of(p.cost[j]!);
      if (sup.reduce((s, x) => s.add(b[x.i]!), Rational.ZERO).lt(cost)) {
        remaining.delete(j);
        continue;
      }
      sup.sort((x, y) => b[x.i]!.div(x.u).cmp(b[y.i]!.div(y.u)));
      let paid = Rational.ZERO;
      let denom = sup.reduce((s, x) => s.add(x.u), Rational.ZERO);
      let rho: Rational | null = null;
      for (const x of sup) {
        const r = cost.sub(paid).div(denom);
        if (r.mul(x.u).lte(b[x.i]!)) {
          rho = r;
          break;
        }
        paid = paid.add(b[x.i]!);
        denom = denom.sub(x.u);
      }
      if (rho === null) throw new Error('affordable project without a price');
      if (bestRho === null || rho.lt(bestRho) || (rho.eq(bestRho) && p.tieRank[j]! < p.tieRank[best]!)) {
        best = j;
        bestRho = rho;
      }
    }
    if (best < 0 || bestRho === null) return selected;
    selected.push(best);
    remaining.delete(best);
    p.supporters[best]!.forEach((i, k) => {
      b[i] = b[i]!.sub(b[i]!.min(bestRho!.mul(util(best, k))));
    });
  }
}

const approvalSpec = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 7 }),
    ballots: fc.array(fc.array(fc.nat(6), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 14 }),
    budget: fc.integer({ min: 1, max: 150 }),
  })
  .map(({ costs, ballots, budget }): ElectionSpec => ({
    budget,
    projects: costs.map((c, k) => [`p${k}`, c] as const),
    votes: ballots.map((b) => [...new Set(b.map((k) => `p${k % costs.length}`))]),
  }));

const cumulativeSpec = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 }),
    ballots: fc.array(fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
    budget: fc.integer({ min: 1, max: 150 }),
  })
  .map(({ costs, ballots, budget }): ElectionSpec => ({
    budget,
    voteType: 'cumulative',
    projects: costs.map((c, k) => [`p${k}`, c] as const),
    votes: ballots.map((b) => {
      const m = new Map<string, number>();
      for (const [k, w] of b) m.set(`p${k % costs.length}`, w);
      return [[...m.keys()], [...m.values()]] as const;
    }),
  }));

describe('Method of Equal Shares', () => {
  it('reproduces Wieliczka 2023 Green Budget: add1 + comparison keeps MES, 30 projects, 995,079 PLN', () => {
    const e = fixture('Poland_Wieliczka_2023_Green_Budget.pb');
    const o = tally(e, 'official');
    expect(o.rule).toBe('mes-add1-comparison');
    expect(o.selected).toHaveLength(30);
    expect(o.cost).toBe(995_079n);
    expect(o.comparison?.winner).toBe('mes');
    expect(new Set(ids(e, o.selected))).toEqual(officialWinners(e));
  });

  it.each(['Poland_Swiecie_2023.pb', 'Netherlands_Assen_2024.pb'])('reproduces the official add1 winners of %s', (f) => {
    const e = fixture(f);
    expect(new Set(ids(e, tally(e, 'official').selected))).toEqual(officialWinners(e));
  });

  it('splits costs equally among supporters who can pay (a worked example)', () => {
    // 4 voters, B = 400: each holds 100. x (cost 150) is backed by 3 voters: 50 each.
    const e = makeElection({ budget: 400, projects: [['x', 150], ['y', 120], ['z', 90]], votes: [['x', 'y'], ['x'], ['x', 'z'], ['z']] });
    const o = tally(e, 'mes');
    const d = o.details as MesDetails;
    expect(ids(e, o.selected)).toEqual(['x', 'z']);
    expect(d.rounds[0]!.fullPayment.toString()).toBe('50');
    // z then costs 90 for voters 3 (50 left) and 4 (100): 45 each
    expect(d.rounds[1]!.fullPayment.toString()).toBe('45');
    // y (120) is backed by voter 1 alone, who has 50 left
    expect(d.finalBudget(0).toString()).toBe('50');
  });

  it('equals the textbook definition on random approval elections (cost utilities)', () => {
    fc.assert(
      fc.property(approvalSpec, (spec) => {
        const e = makeElection(spec);
        const p = profileOf(e);
        const share = Rational.of(e.budget, BigInt(e.voters.length));
        expect(mes(p, { voterBudget: share }).selected).toEqual(naiveMes(p, share));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the textbook definition on random cumulative elections (points as utilities)', () => {
    fc.assert(
      fc.property(cumulativeSpec, (spec) => {
        const e = makeElection(spec);
        const p = profileOf(e);
        const share = Rational.of(e.budget, BigInt(e.voters.length));
        expect(mes(p, { voterBudget: share }).selected).toEqual(naiveMes(p, share));
      }),
      { numRuns: 300 },
    );
  });

  it('add1 equals the textbook loop: from floor(B/n) per voter, +1 per step, last outcome within B', () => {
    fc.assert(
      fc.property(fc.oneof(approvalSpec, cumulativeSpec), (spec) => {
        const e = makeElection(spec);
        const p = profileOf(e);
        const n = BigInt(e.voters.length);
        const total = e.projects.reduce((s, x) => s + x.cost, 0n);
        const costOf = (sel: number[]) => sel.reduce((s, j) => s + p.cost[j]!, 0n);
        let expected: number[];
        if (total <= e.budget) expected = naiveMes(p, Rational.of(e.budget, n));
        else {
          let share = e.budget / n;
          expected = naiveMes(p, Rational.of(share));
          const supported = p.supporterCount.filter((c) => c > 0).length;
          while (expected.length < supported) {
            const next = naiveMes(p, Rational.of(share + 1n));
            if (costOf(next) > e.budget) break;
            expected = next;
            share += 1n;
          }
        }
        expect(tally(e, 'mes-add1').selected).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds the budget, with any completion', () => {
    fc.assert(
      fc.property(fc.oneof(approvalSpec, cumulativeSpec), (spec) => {
        const e = makeElection(spec);
        for (const rule of ['mes', 'mes-add1', 'mes-add1u', 'mes-add1-comparison', 'mes-comparison', 'phragmen']) {
          const o = tally(e, rule);
          expect(o.cost <= e.budget, rule).toBe(true);
          expect(o.cost).toBe(o.selected.reduce((s, j) => s + e.projects[j]!.cost, 0n));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never makes a voter pay more than their share', () => {
    fc.assert(
      fc.property(fc.oneof(approvalSpec, cumulativeSpec), (spec) => {
        const e = makeElection(spec);
        for (const rule of ['mes', 'mes-add1']) {
          const o = tally(e, rule);
          const d = o.details as MesDetails;
          e.voters.forEach((v, i) => {
            const x = explainVoter(e, o, v.id)!;
            const paid = x.payments!.reduce((s, y) => s.add(y.amount), Rational.ZERO);
            expect(paid.lte(d.voterBudget)).toBe(true);
            expect(d.finalBudget(i).cmp(Rational.ZERO)).toBeGreaterThanOrEqual(0);
            expect(d.voterBudget.sub(paid).eq(d.finalBudget(i))).toBe(true);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of voters or projects when no tie is broken', () => {
    fc.assert(
      fc.property(approvalSpec, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (spec, rnd) => {
        const shuffle = <T,>(xs: readonly T[]) => xs.map((x) => [rnd.next().value as number, x] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
        const e1 = makeElection(spec);
        const e2 = makeElection({ ...spec, projects: shuffle(spec.projects), votes: shuffle(spec.votes) });
        for (const rule of ['mes', 'mes-add1', 'greedy', 'phragmen']) {
          const o1 = tally(e1, rule);
          const o2 = tally(e2, rule);
          if (o1.tieBreaks.length > 0 || o2.tieBreaks.length > 0) continue;
          // the funded set is the decision; greedy may list equally scored projects that all fit in another order
          expect(ids(e2, o2.selected).sort(), rule).toEqual(ids(e1, o1.selected).sort());
          if (rule !== 'greedy') expect(ids(e2, o2.selected), rule).toEqual(ids(e1, o1.selected));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('records a tie and breaks it by lower cost, then more supporters', () => {
    // each sole supporter pays the whole cost: ρ = payment / cost = 1 for both
    const e = makeElection({ budget: 300, projects: [['a', 30], ['b', 60]], votes: [['a'], ['b']] });
    const o = tally(e, 'mes');
    expect(o.tieBreaks[0]).toMatchObject({ at: 'MES round 1', chosen: 'a', decidedBy: 'lower cost' });
  });

  it('add1 raises the share by one unit per voter and keeps the last outcome within the budget', () => {
    const e = fixture('Poland_Wieliczka_2023_Green_Budget.pb');
    const o = tally(e, 'mes-add1');
    const d = o.details as MesDetails;
    // starts at floor(1,000,000 / 6,586) = 151 and keeps the last affordable step
    expect(d.voterBudget.toString()).toBe(String(151 + d.add1Steps!));
    const p = profileOf(e);
    const next = mes(p, { voterBudget: Rational.of(BigInt(152 + d.add1Steps!)) });
    expect(next.cost > e.budget).toBe(true);
  });
});
