/**
 * The optimised MES (./mes.ts: canonical budget classes shared between runs, certified float
 * brackets, lazy exact budgets) must take exactly the decisions of the previous, plainer exact
 * implementation (./mes-classic.ts, kept as the oracle) — same winners in the same order, same
 * ρ and payments per round, same "paid all they had" counts, same tie records, same unaffordable
 * rounds, same final budget for every voter — on random elections and on real files, with and
 * without the floating-point shortcuts, and when add1 runs share one context.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePabulib } from '../pabulib/parse.ts';
import { makeElection, type ElectionSpec } from '../testkit.ts';
import { profileOf, type Profile } from '../profile.ts';
import { Rational } from '../rational.ts';
import { mes, mesAdd1, MesContext, mesTuning, type MesRun } from './mes.ts';
import { mesClassic } from './mes-classic.ts';

const fixture = (f: string) => parsePabulib(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${f}`, import.meta.url)), 'utf8'), { strictBallots: false });

/** Everything a run decides, as comparable data. */
function trace(r: MesRun, p: Profile) {
  return {
    selected: r.selected,
    cost: r.cost,
    overBudget: r.overBudget,
    tieBreaks: r.tieBreaks,
    rounds: r.details.rounds.map((x) => [x.round, x.project, x.rho.toString(), x.fullPayment.toString(), x.paidAllTheyHad, x.supporters]),
    unaffordable: [...r.details.unaffordableAfterRound].sort((a, b) => a[0] - b[0]),
    free: r.details.free,
    finalBudgets: Array.from({ length: p.numVoters }, (_, i) => r.details.finalBudget(i).toString()),
  };
}

/**
 * Random elections with many identical ballots, equal costs and round numbers, so that exact
 * ties, budgets exactly equal to a share and classes that cannot be separated in floating point
 * are frequent; sizes large enough for the float paths to matter.
 */
const ballotSpec = (points: boolean) =>
  fc
    .record({
      costs: fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(10, 20, 30, 60)), { minLength: 1, maxLength: 9 }),
      kinds: fc.array(
        fc.array(fc.tuple(fc.nat(8), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 4 }),
        { minLength: 1, maxLength: 12 },
      ),
      copies: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 12, maxLength: 12 }),
      budget: fc.integer({ min: 1, max: 200 }),
    })
    .map(({ costs, kinds, copies, budget }): ElectionSpec => {
      const votes: ElectionSpec['votes'][number][] = [];
      kinds.forEach((b, k) => {
        const m = new Map<string, number>();
        for (const [x, w] of b) m.set(`p${x % costs.length}`, w);
        for (let c = 0; c < copies[k]!; c++) votes.push(points ? ([[...m.keys()], [...m.values()]] as const) : [...m.keys()]);
      });
      return {
        budget,
        ...(points ? { voteType: 'cumulative' as const } : {}),
        projects: costs.map((c, k) => [`p${k}`, c] as const),
        votes,
      };
    });

const anySpec = fc.oneof(ballotSpec(false), ballotSpec(true));

/** Shares to try: B/n, and integral shares around it (the add1 steps). */
function sharesOf(p: Profile): Rational[] {
  const n = BigInt(Math.max(p.numVoters, 1));
  const b = p.election.budget;
  const base = b / n;
  return [Rational.of(b, n), ...[0n, 1n, 2n, 3n, 7n].map((d) => Rational.of(base + d)), Rational.of(2n * b + 1n, 3n * n)];
}

afterEach(() => {
  mesTuning.forceExact = false;
  mesTuning.add1Jumps = true;
});

/** The add1 loop over the previous implementation, one MES run per step. */
function add1Reference(p: Profile): MesRun {
  const e = p.election;
  const n = BigInt(e.voters.length);
  const total = e.projects.reduce((s, x) => s + x.cost, 0n);
  const supported = p.supporterCount.filter((c) => c > 0).length;
  if (total <= e.budget) return mesClassic(p, { voterBudget: Rational.of(e.budget, n) });
  let share = e.budget / n;
  let kept = mesClassic(p, { voterBudget: Rational.of(share), abortAbove: e.budget });
  while (kept.selected.length < supported && share <= e.budget) {
    const next = mesClassic(p, { voterBudget: Rational.of(share + 1n), abortAbove: e.budget });
    if (next.overBudget || next.cost > e.budget) break;
    kept = next;
    share += 1n;
  }
  return kept;
}

/**
 * Few voters and large amounts: shares of hundreds to thousands of units, so the add1 loop
 * takes hundreds of steps over which the decisions often stay the same (certified jumps).
 */
const largeShareSpec = fc
  .record({
    costs: fc.array(fc.integer({ min: 100, max: 6000 }), { minLength: 2, maxLength: 7 }),
    kinds: fc.array(fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
    copies: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
    budget: fc.integer({ min: 1000, max: 9000 }),
    points: fc.boolean(),
  })
  .map(({ costs, kinds, copies, budget, points }): ElectionSpec => {
    const votes: ElectionSpec['votes'][number][] = [];
    kinds.forEach((b, k) => {
      const m = new Map<string, number>();
      for (const [x, w] of b) m.set(`p${x % costs.length}`, w);
      for (let c = 0; c < copies[k]!; c++) votes.push(points ? ([[...m.keys()], [...m.values()]] as const) : [...m.keys()]);
    });
    return { budget, ...(points ? { voteType: 'cumulative' as const } : {}), projects: costs.map((c, k) => [`p${k}`, c] as const), votes };
  });

describe('optimised MES equals the previous exact implementation', () => {
  it('on random approval and cumulative elections, for several shares', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const p = profileOf(makeElection(spec));
        for (const share of sharesOf(p)) expect(trace(mes(p, { voterBudget: share }), p)).toEqual(trace(mesClassic(p, { voterBudget: share }), p));
      }),
      { numRuns: 250 },
    );
  });

  it('with every floating-point shortcut disabled (all decisions walked exactly)', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const p = profileOf(makeElection(spec));
        for (const share of sharesOf(p)) {
          mesTuning.forceExact = true;
          const exact = trace(mes(p, { voterBudget: share }), p);
          mesTuning.forceExact = false;
          expect(exact).toEqual(trace(mesClassic(p, { voterBudget: share }), p));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('when successive runs share one context (as the add1 loop does), including aborted runs', () => {
    fc.assert(
      fc.property(anySpec, fc.integer({ min: 0, max: 3 }), (spec, order) => {
        const p = profileOf(makeElection(spec));
        const ctx = new MesContext(p);
        const shares = sharesOf(p);
        if (order === 1) shares.reverse();
        if (order === 2) shares.push(...shares);
        for (const share of shares) {
          const opts = { voterBudget: share, ...(order === 3 ? { abortAbove: p.election.budget } : {}) };
          expect(trace(mes(p, opts, ctx), p)).toEqual(trace(mesClassic(p, opts), p));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('add1 keeps the same outcome as the loop over the previous implementation', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const e = makeElection(spec);
        const p = profileOf(e);
        const n = BigInt(e.voters.length);
        const total = e.projects.reduce((s, x) => s + x.cost, 0n);
        const supported = p.supporterCount.filter((c) => c > 0).length;
        let expected: MesRun;
        if (total <= e.budget) expected = mesClassic(p, { voterBudget: Rational.of(e.budget, n) });
        else {
          let share = e.budget / n;
          expected = mesClassic(p, { voterBudget: Rational.of(share), abortAbove: e.budget });
          while (expected.selected.length < supported && share <= e.budget) {
            const next = mesClassic(p, { voterBudget: Rational.of(share + 1n), abortAbove: e.budget });
            if (next.overBudget || next.cost > e.budget) break;
            expected = next;
            share += 1n;
          }
        }
        const got = mesAdd1(p);
        expect(trace(got, p)).toEqual(trace(expected, p));
        expect(got.details.voterBudget.toString()).toBe(expected.details.voterBudget.toString());
      }),
      { numRuns: 150 },
    );
  });

  it('add1 with certified jumps keeps the outcome of the step-by-step loop (large shares)', () => {
    let jumped = 0;
    fc.assert(
      fc.property(largeShareSpec, (spec) => {
        const p = profileOf(makeElection(spec));
        const got = mesAdd1(p);
        if (got.details.add1Runs! < got.details.add1Steps!) jumped++;
        mesTuning.add1Jumps = false;
        const stepwise = mesAdd1(p);
        mesTuning.add1Jumps = true;
        expect(trace(got, p)).toEqual(trace(stepwise, p));
        expect(got.details.voterBudget.toString()).toBe(stepwise.details.voterBudget.toString());
        expect(got.details.add1Steps).toBe(stepwise.details.add1Steps);
        if (stepwise.details.add1Steps! <= 400) expect(trace(got, p)).toEqual(trace(add1Reference(p), p));
      }),
      { numRuns: 120 },
    );
    // the property is only meaningful if jumps happen
    expect(jumped).toBeGreaterThan(10);
  });

  it.each([
    'Poland_Wieliczka_2023_Green_Budget.pb',
    'Poland_Swiecie_2023.pb',
    'Netherlands_Assen_2024.pb',
    'Poland_Krakow_2022_Czyzyny.pb',
    'Poland_Czestochowa_2024_Podjasnogorska.pb',
    'Poland_Wroclaw_2017_Rejon_nr_11_750.pb',
  ])('on %s, for a range of shares with a shared context and without', (f) => {
    const e = fixture(f);
    const p = profileOf(e);
    const ctx = new MesContext(p);
    const n = BigInt(e.voters.length);
    const base = (e.budget / e.moneyScale / n) * e.moneyScale;
    const shares = [Rational.of(e.budget, n), ...Array.from({ length: 12 }, (_, k) => Rational.of(base + BigInt(k * k) * e.moneyScale))];
    for (const share of shares) {
      const want = trace(mesClassic(p, { voterBudget: share }), p);
      expect(trace(mes(p, { voterBudget: share }), p)).toEqual(want);
      expect(trace(mes(p, { voterBudget: share }, ctx), p)).toEqual(want);
    }
  });
});
