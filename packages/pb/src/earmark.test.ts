import { describe, expect, it } from 'vitest';
import { tallyPools, tallyWithEarmark } from './earmark.ts';
import { tally } from './rules/index.ts';
import { makeElection } from './testkit.ts';

const e = makeElection({
  budget: 100,
  projects: [
    ['road', 60, { category: 'transport', district: 'A' }],
    ['park', 30, { category: 'climate', district: 'A' }],
    ['trees', 20, { category: 'climate', district: 'B' }],
    ['hall', 40, { category: 'culture', district: 'B' }],
  ],
  votes: [['road', 'hall'], ['road'], ['road', 'hall'], ['park'], ['trees', 'hall']],
});

describe('earmarks and pools', () => {
  it('without an earmark greedy funds no climate project', () => {
    expect(tally(e, 'greedy').selected.map((j) => e.projects[j]!.id)).toEqual(['hall', 'road']);
  });
  it('an earmark guarantees the category its share when supported projects can absorb it', () => {
    const r = tallyWithEarmark(e, 'greedy', { category: 'climate', share: [1n, 2n] });
    expect(r.reserved).toBe(50n);
    expect(r.selected).toEqual(['trees', 'park', 'hall']);
    expect(r.categorySpent).toBe(50n);
    expect(r.met).toBe(true);
    expect(r.cost <= e.budget).toBe(true);
  });
  it('says why when the category cannot absorb the reserve', () => {
    const r = tallyWithEarmark(e, 'mes', { category: 'climate', share: [3n, 5n] });
    expect(r.met).toBe(false);
    expect(r.reason!.en).toMatch(/cost only 50 together, less than the reserved 60/);
    expect(r.reason!.pl).toMatch(/kosztują razem tylko 50/);
  });
  it('pools are counted independently from the same ballots', () => {
    const pools = tallyPools(e, 'greedy', [
      { name: 'district A', budget: 70n, includes: (p) => p.fields['district'] === 'A' },
      { name: 'green', budget: 25n, includes: (p) => p.fields['category'] === 'climate' },
    ]);
    expect(pools.map((p) => [p.name, p.selected])).toEqual([
      ['district A', ['road']],
      ['green', ['trees']],
    ]);
    // only voters with a ballot in the pool take part
    expect(pools[1]!.election.voters).toHaveLength(2);
  });
});
