import { describe, expect, it } from 'vitest';
import { ballotRulesOf, validateBallot } from './ballot.ts';
import { makeElection } from './testkit.ts';

const approval = makeElection({
  budget: 1000,
  projects: [['a', 300], ['b', 400], ['c', 500]],
  votes: [['a']],
  meta: { min_length: '1', max_length: '2', max_sum_cost: '800' },
});
const rules = ballotRulesOf(approval);
const codes = (projects: string[], points?: number[]) => validateBallot(rules, { projects, ...(points ? { points } : {}) }).map((p) => p.code);

describe('validateBallot (what the app runs when a resident votes)', () => {
  it('accepts a ballot within every limit', () => {
    expect(codes(['a', 'b'])).toEqual([]);
  });
  it('refuses an empty ballot, unknown and repeated projects', () => {
    expect(codes([])).toContain('empty');
    expect(codes(['x'])).toEqual(['unknown-project']);
    expect(codes(['a', 'a'])).toEqual(['duplicate-project']);
  });
  it('enforces min/max length and the sum of costs', () => {
    expect(codes(['a', 'b', 'c'])).toContain('too-long');
    expect(codes(['b', 'c'])).toEqual(['sum-cost-too-high']);
  });
  it('gives every problem in Polish and English', () => {
    const [p] = validateBallot(rules, { projects: ['a', 'b', 'c'] });
    expect(p!.message).toMatch(/At most 2 projects/);
    expect(p!.messagePl).toMatch(/najwyżej 2/);
  });
  it('allows one project only on choose-1 ballots', () => {
    const e = makeElection({ budget: 10, voteType: 'choose-1', projects: [['a', 1], ['b', 1]], votes: [['a']] });
    expect(validateBallot(ballotRulesOf(e), { projects: ['a', 'b'] }).map((p) => p.code)).toEqual(['choose-one']);
  });
  it('checks points on cumulative ballots: whole numbers, per project and in total', () => {
    const e = makeElection({
      budget: 10,
      voteType: 'cumulative',
      projects: [['a', 1], ['b', 1]],
      votes: [[['a'], [1]]],
      meta: { max_points: '3', max_sum_points: '4', min_sum_points: '1' },
    });
    const r = ballotRulesOf(e);
    const c = (ids: string[], pts?: number[]) => validateBallot(r, { projects: ids, ...(pts ? { points: pts } : {}) }).map((p) => p.code);
    expect(c(['a', 'b'], [3, 1])).toEqual([]);
    expect(c(['a', 'b'], [4, 1])).toEqual(['points-too-high', 'sum-points-too-high']);
    expect(c(['a'], [1.5])).toEqual(['points-not-integer']);
    expect(c(['a'])).toEqual(['points-missing']);
    expect(c(['a', 'b'], [1])).toEqual(['points-length']);
  });
  it('scores Kraków-style ordinal ballots 3/2/1 (Borda with max_length 3)', () => {
    const e = makeElection({ budget: 10, voteType: 'ordinal', projects: [['a', 1], ['b', 1], ['c', 1], ['d', 1]], votes: [['a', 'b', 'c']], meta: { max_length: '3', min_length: '3' } });
    const r = ballotRulesOf(e);
    expect([0, 1, 2].map((k) => r.ordinalPoints!(k))).toEqual([3, 2, 1]);
    expect(validateBallot(r, { projects: ['a', 'b'] }).map((p) => p.code)).toEqual(['too-short']);
  });
});
