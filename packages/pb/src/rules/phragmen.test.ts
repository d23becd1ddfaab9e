import { describe, expect, it } from 'vitest';
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
