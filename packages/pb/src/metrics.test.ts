import { describe, expect, it } from 'vitest';
import { computeMetrics, gini } from './metrics.ts';
import { tally } from './rules/index.ts';
import { makeElection } from './testkit.ts';

describe('fairness metrics', () => {
  const e = makeElection({
    budget: 10,
    projects: [['a', 6, { category: 'environment,sport' }], ['b', 4, { category: 'culture' }], ['c', 5, { category: 'environment' }]],
    votes: [['a'], ['a', 'b'], ['c'], ['c']],
  });
  const m = computeMetrics(e, tally(e, 'greedy').selected);
  it('coverage and exclusion ratio', () => {
    // greedy funds a and b (c ties with a on 2 votes but is cheaper... c first, then a does not fit, b fits)
    expect(tally(e, 'greedy').selected.map((j) => e.projects[j]!.id)).toEqual(['c', 'b']);
    expect(m.coverage).toBe(0.75);
    expect(m.exclusionRatio).toBe(0.25);
  });
  it('average satisfaction by count and by cost', () => {
    expect(m.avgSatisfactionCount).toBe(0.75);
    expect(m.avgSatisfactionCost).toBe((4 + 5 + 5) / 4);
  });
  it('funds per category count a project in each of its categories', () => {
    expect(m.fundsPerCategory).toEqual({ environment: 5, culture: 4 });
  });
  it('Gini is 0 for equal values and grows with inequality', () => {
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75);
    expect(gini([])).toBe(0);
  });
});
