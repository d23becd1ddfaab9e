/**
 * Ballots: the rules a single ballot must follow (from the election's META) and the points a
 * ballot gives each project. `validateBallot` is what the app calls when a resident votes.
 */
import type { Election, VoteType } from './model.ts';

export interface BallotRules {
  voteType: VoteType;
  /** Known project ids (a ballot naming another id is refused). */
  projectIds: ReadonlySet<string>;
  /** Project costs in minor units, for min/max_sum_cost. */
  projectCost: ReadonlyMap<string, bigint>;
  moneyScale: bigint;
  minLength?: number;
  maxLength?: number;
  minSumCost?: bigint;
  maxSumCost?: bigint;
  minPoints?: number;
  maxPoints?: number;
  minSumPoints?: number;
  maxSumPoints?: number;
  /** Ordinal ballots without explicit points: points of the k-th choice (k from 0). */
  ordinalPoints?: (position: number) => number;
}

export interface Ballot {
  /** Project ids in ballot order (ranking order for ordinal ballots). */
  projects: readonly string[];
  /** Points per project (cumulative, scoring, or explicit ordinal points). */
  points?: readonly number[];
}

export type BallotProblemCode =
  | 'empty'
  | 'unknown-project'
  | 'duplicate-project'
  | 'too-short'
  | 'too-long'
  | 'sum-cost-too-low'
  | 'sum-cost-too-high'
  | 'points-missing'
  | 'points-length'
  | 'points-not-integer'
  | 'points-too-low'
  | 'points-too-high'
  | 'sum-points-too-low'
  | 'sum-points-too-high'
  | 'choose-one';

export interface BallotProblem {
  code: BallotProblemCode;
  /** Plain English sentence naming the limit that was broken. */
  message: string;
  /** Polish sentence for the voter. */
  messagePl: string;
}

function intMeta(meta: Record<string, string>, key: string): number | undefined {
  const v = meta[key];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function moneyMeta(meta: Record<string, string>, key: string, scale: bigint): bigint | undefined {
  const v = meta[key];
  if (v === undefined || v.trim() === '') return undefined;
  return parseMoney(v, scale) ?? undefined;
}

/** Exact minor units of a decimal amount, or null when the text is not a number. */
export function parseMoney(text: string, scale: bigint): bigint | null {
  const m = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const digits = scale.toString().length - 1;
  let frac = m[3] ?? '';
  const extra = frac.slice(digits);
  if (/[1-9]/.test(extra)) return null; // needs a finer scale than the caller chose
  frac = frac.slice(0, digits).padEnd(digits, '0');
  const v = BigInt((m[2] || '0') + frac);
  return m[1] === '-' ? -v : v;
}

/** Default ordinal scoring (Pabulib `scoring_fn` absent or `Borda`): L, L-1, ... where L = max_length. */
export function bordaPoints(maxLength: number): (position: number) => number {
  return (position) => Math.max(maxLength - position, 0);
}

/** The ballot rules stated in an election's META. */
export function ballotRulesOf(e: Election): BallotRules {
  const m = e.meta;
  const projectCost = new Map(e.projects.map((p) => [p.id, p.cost]));
  const rules: BallotRules = {
    voteType: e.voteType,
    projectIds: new Set(e.projects.map((p) => p.id)),
    projectCost,
    moneyScale: e.moneyScale,
  };
  const set = <K extends keyof BallotRules>(k: K, v: BallotRules[K] | undefined) => {
    if (v !== undefined) rules[k] = v;
  };
  set('minLength', intMeta(m, 'min_length'));
  set('maxLength', intMeta(m, 'max_length'));
  set('minSumCost', moneyMeta(m, 'min_sum_cost', e.moneyScale));
  set('maxSumCost', moneyMeta(m, 'max_sum_cost', e.moneyScale));
  set('minPoints', intMeta(m, 'min_points'));
  set('maxPoints', intMeta(m, 'max_points'));
  set('minSumPoints', intMeta(m, 'min_sum_points'));
  set('maxSumPoints', intMeta(m, 'max_sum_points'));
  if (e.voteType === 'ordinal') {
    rules.ordinalPoints = bordaPoints(rules.maxLength ?? e.projects.length);
  }
  return rules;
}

/**
 * Checks one ballot against the election's rules. Returns every problem found (empty array:
 * the ballot is valid). Pure: usable in the browser before the ballot is sent.
 */
export function validateBallot(rules: BallotRules, ballot: Ballot): BallotProblem[] {
  const out: BallotProblem[] = [];
  const add = (code: BallotProblemCode, message: string, messagePl: string) => out.push({ code, message, messagePl });
  const n = ballot.projects.length;
  if (n === 0) add('empty', 'The ballot names no project.', 'Karta nie wskazuje żadnego projektu.');
  const seen = new Set<string>();
  for (const id of ballot.projects) {
    if (!rules.projectIds.has(id)) add('unknown-project', `Project "${id}" is not on the ballot list.`, `Projektu „${id}” nie ma na liście do głosowania.`);
    if (seen.has(id)) add('duplicate-project', `Project "${id}" is chosen more than once.`, `Projekt „${id}” wybrano więcej niż raz.`);
    seen.add(id);
  }
  if (rules.voteType === 'choose-1' && n > 1) add('choose-one', `Only one project may be chosen; the ballot has ${n}.`, `Można wybrać tylko jeden projekt; wybrano ${n}.`);
  if (rules.minLength !== undefined && n > 0 && n < rules.minLength)
    add('too-short', `At least ${rules.minLength} projects must be chosen; the ballot has ${n}.`, `Należy wybrać co najmniej ${rules.minLength} projekty (wybrano ${n}).`);
  if (rules.maxLength !== undefined && n > rules.maxLength)
    add('too-long', `At most ${rules.maxLength} projects may be chosen; the ballot has ${n}.`, `Można wybrać najwyżej ${rules.maxLength} projekty (wybrano ${n}).`);
  if (rules.minSumCost !== undefined || rules.maxSumCost !== undefined) {
    let sum = 0n;
    for (const id of ballot.projects) sum += rules.projectCost.get(id) ?? 0n;
    if (rules.minSumCost !== undefined && sum < rules.minSumCost)
      add('sum-cost-too-low', `The chosen projects must cost at least ${rules.minSumCost / rules.moneyScale} in total.`, `Wybrane projekty muszą kosztować łącznie co najmniej ${rules.minSumCost / rules.moneyScale}.`);
    if (rules.maxSumCost !== undefined && sum > rules.maxSumCost)
      add('sum-cost-too-high', `The chosen projects may cost at most ${rules.maxSumCost / rules.moneyScale} in total.`, `Wybrane projekty mogą kosztować łącznie najwyżej ${rules.maxSumCost / rules.moneyScale}.`);
  }
  const needsPoints = rules.voteType === 'cumulative' || rules.voteType === 'scoring';
  if (ballot.points === undefined) {
    if (needsPoints) add('points-missing', 'Each chosen project needs a number of points.', 'Każdy wybrany projekt musi mieć przyznaną liczbę punktów.');
  } else {
    const pts = ballot.points;
    if (pts.length !== n) add('points-length', `The ballot gives ${pts.length} point values for ${n} projects.`, `Karta podaje ${pts.length} wartości punktów dla ${n} projektów.`);
    let sum = 0;
    for (const p of pts) {
      if (!Number.isInteger(p)) add('points-not-integer', `Points must be whole numbers (got ${p}).`, `Punkty muszą być liczbami całkowitymi (podano ${p}).`);
      if (rules.minPoints !== undefined && p < rules.minPoints) add('points-too-low', `A project may receive at least ${rules.minPoints} points (got ${p}).`, `Projekt może otrzymać co najmniej ${rules.minPoints} punktów (podano ${p}).`);
      if (rules.maxPoints !== undefined && p > rules.maxPoints) add('points-too-high', `A project may receive at most ${rules.maxPoints} points (got ${p}).`, `Projekt może otrzymać najwyżej ${rules.maxPoints} punktów (podano ${p}).`);
      sum += p;
    }
    if (rules.minSumPoints !== undefined && sum < rules.minSumPoints)
      add('sum-points-too-low', `At least ${rules.minSumPoints} points must be given in total (got ${sum}).`, `Należy rozdać łącznie co najmniej ${rules.minSumPoints} punktów (rozdano ${sum}).`);
    if (rules.maxSumPoints !== undefined && sum > rules.maxSumPoints)
      add('sum-points-too-high', `At most ${rules.maxSumPoints} points may be given in total (got ${sum}).`, `Można rozdać łącznie najwyżej ${rules.maxSumPoints} punktów (rozdano ${sum}).`);
  }
  return out;
}

/**
 * Points a voter gives each project on their ballot: the explicit points when present,
 * otherwise the ordinal scoring function, otherwise 1 (approval, choose-1).
 */
export function ballotPoints(e: Election, voterPoints: number[] | null, length: number, ordinalPoints?: (k: number) => number): number[] {
  if (voterPoints !== null) return voterPoints;
  if (e.voteType === 'ordinal') {
    const f = ordinalPoints ?? bordaPoints(Number(e.meta['max_length'] ?? e.projects.length) || e.projects.length);
    return Array.from({ length }, (_, k) => f(k));
  }
  return new Array<number>(length).fill(1);
}
