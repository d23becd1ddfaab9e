import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePabulib } from '../pabulib/parse.ts';
import { makeElection } from '../testkit.ts';
import { tally } from './index.ts';
import { officialWinners } from '../check.ts';

const fixture = (f: string) => parsePabulib(readFileSync(fileURLToPath(new URL(`../../test/fixtures/${f}`, import.meta.url)), 'utf8'), { strictBallots: false });
const ids = (e: ReturnType<typeof makeElection>, sel: number[]) => sel.map((j) => e.projects[j]!.id);

// a: 3 votes, b: 2, c: 2, d: 1 ; budget 10
const e = makeElection({
  budget: 10,
  projects: [['a', 6], ['b', 5], ['c', 3], ['d', 1]],
  votes: [['a', 'b'], ['a', 'c'], ['a', 'b', 'c'], ['d']],
});

describe('greedy rules', () => {
  it('greedy funds projects by score and skips those that no longer fit', () => {
    const o = tally(e, 'greedy');
    // b and c tie on 2 votes: the cheaper c goes first; b (5) no longer fits after a and c
    expect(ids(e, o.selected)).toEqual(['a', 'c', 'd']);
    expect(o.cost).toBe(10n);
    expect(o.tieBreaks).toEqual([{ at: 'greedy rank 2', tied: ['c', 'b'], chosen: 'c', decidedBy: 'lower cost' }]);
  });
  it('greedy-no-skip stops at the first project that does not fit', () => {
    expect(ids(e, tally(e, 'greedy-no-skip').selected)).toEqual(['a', 'c']);
  });
  it('greedy-threshold only lets projects reach the threshold take part', () => {
    expect(ids(e, tally(e, 'greedy-threshold', { threshold: 3 }).selected)).toEqual(['a']);
  });
  it('orders ordinal ballots by points, not by number of votes (Kraków 3/2/1)', () => {
    const o = makeElection({
      budget: 1,
      voteType: 'ordinal',
      meta: { max_length: '3' },
      projects: [['x', 1], ['y', 1], ['z', 1]],
      votes: [['x', 'y', 'z'], ['x', 'z', 'y'], ['y', 'z', 'x'], ['y', 'z', 'x'], ['z', 'x', 'y']],
    });
    // points: x 3+3+1+1+2=10, y 2+1+3+3+1=10 ... z 1+2+2+2+3=10: all tie, the published order decides
    expect(tally(o, 'greedy').tieBreaks[0]!.decidedBy).toBe('file order');
  });
  it('reproduces the official Kraków 2019 Bieńczyce winners (ordinal, 3/2/1 without a points column)', () => {
    const k = fixture('Poland_Krakow_2019_Bienczyce.pb');
    expect(new Set(ids(k, tally(k, 'official').selected))).toEqual(officialWinners(k));
  });
  it('applies the META score threshold in the official count (Gdynia 2020 Orłowo: 43 votes < 50)', () => {
    const g = fixture('Poland_Gdynia_2020_Orlowo__small.pb');
    const o = tally(g, 'official');
    expect(new Set(ids(g, o.selected))).toEqual(officialWinners(g));
    expect(ids(g, tally(g, 'greedy-no-skip').selected)).toContain('2');
  });
  it('leaves out projects withdrawn after the vote (cost 999999999)', () => {
    const w = fixture('Poland_Wroclaw_2017_Rejon_nr_11_750.pb');
    expect(ids(w, tally(w, 'official').selected)).toEqual(['425']);
  });
  it('counts cumulative and choose-1 ballots', () => {
    for (const f of ['Poland_Czestochowa_2024_Podjasnogorska.pb', 'Poland_Wroclaw_2017_Rejon_nr_11_750.pb']) {
      const x = fixture(f);
      expect(new Set(ids(x, tally(x, 'official').selected))).toEqual(officialWinners(x));
    }
  });
  it('never exceeds the budget and is exhaustive (greedy)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.nat(7), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 120 }),
        (costs, ballots, budget) => {
          const x = makeElection({
            budget,
            projects: costs.map((c, k) => [`p${k}`, c] as const),
            votes: ballots.map((b) => [...new Set(b.map((k) => `p${k % costs.length}`))]),
          });
          for (const rule of ['greedy', 'greedy-no-skip']) {
            const o = tally(x, rule);
            expect(o.cost <= x.budget).toBe(true);
          }
          const o = tally(x, 'greedy');
          const chosen = new Set(o.selected);
          for (let j = 0; j < costs.length; j++) if (!chosen.has(j)) expect(x.projects[j]!.cost > x.budget - o.cost).toBe(true);
        },
      ),
    );
  });
});
