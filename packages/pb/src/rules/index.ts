/**
 * Rules selected by name. `tally(election, 'mes')` is the one entry point the app and the CLI use.
 */
import type { Election } from '../model.ts';
import { profileOf, type Profile, type TieBreaking } from '../profile.ts';
import { greedy, greedyOrder } from './greedy.ts';
import { mesAdd1, mesPlain, type MesRun } from './mes.ts';
import { phragmen } from './phragmen.ts';
import type { Outcome } from './types.ts';

export const RULE_NAMES = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'mes',
  'mes-comparison',
  'mes-add1',
  'mes-add1u',
  'mes-add1-comparison',
  'phragmen',
  'official',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export class UnknownRuleError extends Error {
  constructor(readonly rule: string) {
    super(`unknown rule "${rule}" (known: ${RULE_NAMES.join(', ')})`);
    this.name = 'UnknownRuleError';
  }
}

/** The file's official rule cannot be computed here (e.g. `greedy-custom`, `unknown`). */
export class UnsupportedOfficialRuleError extends Error {
  constructor(readonly officialRule: string, readonly reason: string) {
    super(`official rule "${officialRule}" is not supported: ${reason}`);
    this.name = 'UnsupportedOfficialRuleError';
  }
}

export interface TallyOptions {
  /** Overrides the budget (minor units). */
  budget?: bigint;
  /** Projects that may not be funded. */
  exclude?: ReadonlySet<number>;
  /** Overrides META `min_project_score_threshold` for greedy-threshold. */
  threshold?: number;
  /** Tie-breaking order; default `cost-supporters-order`. */
  tieBreaking?: TieBreaking;
}

/** The rule needs a parameter the file does not give (e.g. greedy-threshold without a threshold). */
export class MissingRuleParameterError extends Error {
  constructor(readonly rule: string, readonly parameter: string) {
    super(`rule ${rule} needs ${parameter}, which the file's META does not give`);
    this.name = 'MissingRuleParameterError';
  }
}

const OFFICIAL: Record<string, RuleName> = {
  greedy: 'greedy',
  'greedy-no-skip': 'greedy-no-skip',
  'greedy-threshold': 'greedy-threshold',
  equalshares: 'mes',
  'equalshares-comparison': 'mes-comparison',
  'equalshares/add1': 'mes-add1',
  'equalshares/add1-comparison': 'mes-add1-comparison',
};

const UNSUPPORTED_REASON: Record<string, string> = {
  'greedy-custom': 'a city-specific greedy variant (e.g. Poznań funds the next project if 80% of its cost is left, from reserve funds)',
  'greedy-exclusive': 'greedy with mutually exclusive projects, which the file does not describe',
  unknown: 'the file does not say which rule was used',
};

/** Maps the META `rule` of a file to one of our rule names, or explains why it cannot. */
export function officialRuleOf(e: Election): RuleName {
  const r = (e.meta['rule'] ?? '').trim();
  const name = OFFICIAL[r];
  if (name === undefined) throw new UnsupportedOfficialRuleError(r || '(none)', UNSUPPORTED_REASON[r] ?? 'no such rule in the Pabulib format');
  if (name === 'greedy-threshold' && thresholdOf(e) === undefined)
    throw new UnsupportedOfficialRuleError(r, 'META has no min_project_score_threshold');
  return name;
}

function thresholdOf(e: Election): number | undefined {
  const t = e.meta['min_project_score_threshold'];
  if (t === undefined || t.trim() === '') return undefined;
  const v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : undefined;
}

/** Satisfaction a voter draws from a set of projects: approved count, or points. */
function satisfactionPerVoter(p: Profile, selected: readonly number[]): Float64Array {
  const sat = new Float64Array(p.numVoters);
  for (const j of selected) {
    const sup = p.supporters[j]!;
    const w = p.weights[j];
    for (let k = 0; k < sup.length; k++) sat[sup[k]!]! += w ? w[k]! : 1;
  }
  return sat;
}

/**
 * Comparison step (equalshares.net / Pabulib checker, "satisfaction" mode): every voter compares
 * the number of funded projects they supported (points for points ballots) under both outcomes;
 * if more voters prefer greedy than prefer MES, greedy's outcome wins.
 */
function compareWithGreedy(p: Profile, run: MesRun, opts: TallyOptions, rule: string): Outcome {
  const g = greedy(p, { skip: true, ...(opts.budget !== undefined ? { budget: opts.budget } : {}), ...(opts.exclude ? { exclude: opts.exclude } : {}) });
  const sm = satisfactionPerVoter(p, run.selected);
  const sg = satisfactionPerVoter(p, g.selected);
  let prefersMes = 0;
  let prefersGreedy = 0;
  for (let i = 0; i < p.numVoters; i++) {
    if (sm[i]! > sg[i]!) prefersMes++;
    else if (sg[i]! > sm[i]!) prefersGreedy++;
  }
  const winner = prefersGreedy > prefersMes ? 'greedy' : 'mes';
  run.details.comparison = { prefersMes, prefersGreedy, winner };
  if (winner === 'greedy') return { ...g, rule, comparison: run.details.comparison };
  run.rule = rule;
  run.comparison = run.details.comparison;
  return run;
}

/** Utilitarian completion: add remaining projects by decreasing score while they fit. */
function completeByScore(p: Profile, run: MesRun, budget: bigint, exclude?: ReadonlySet<number>): MesRun {
  const chosen = new Set(run.selected);
  let left = budget - run.cost;
  const added: number[] = [];
  for (const j of greedyOrder(p)) {
    if (chosen.has(j) || exclude?.has(j) || p.cost[j]! > left) continue;
    added.push(j);
    run.selected.push(j);
    left -= p.cost[j]!;
  }
  run.cost = budget - left;
  run.details.completion = added;
  return run;
}

/**
 * Pabulib marks projects withdrawn after the vote with the sentinel cost 999 999 999 (see the
 * files' comments and the Pabulib checker's SENTINEL_PROJECT_COST): they take no part.
 */
export const WITHDRAWN_SENTINEL_COST = 999_999_999n;

export function withdrawnProjects(e: Election): number[] {
  const out: number[] = [];
  e.projects.forEach((p, j) => {
    if (p.cost === WITHDRAWN_SENTINEL_COST * e.moneyScale) out.push(j);
  });
  return out;
}

function withWithdrawn(e: Election, exclude?: ReadonlySet<number>): ReadonlySet<number> | undefined {
  const w = withdrawnProjects(e);
  if (w.length === 0) return exclude;
  return new Set([...(exclude ?? []), ...w]);
}

/** Counts an election with the named rule. Throws UnknownRuleError / UnsupportedOfficialRuleError. */
export function tally(e: Election, rule: string, opts: TallyOptions = {}): Outcome {
  if (!(RULE_NAMES as readonly string[]).includes(rule)) throw new UnknownRuleError(rule);
  const p = profileOf(e, opts.tieBreaking);
  const name = rule === 'official' ? officialRuleOf(e) : (rule as RuleName);
  const budget = opts.budget ?? e.budget;
  const ex = withWithdrawn(e, opts.exclude);
  // The official count applies the file's score threshold whatever the greedy variant (Gdynia
  // files say greedy-no-skip and still require min_project_score_threshold votes).
  const officialThreshold = rule === 'official' && name.startsWith('greedy') ? thresholdOf(e) : undefined;
  const base = { budget, ...(ex ? { exclude: ex } : {}) };
  let out: Outcome;
  switch (name) {
    case 'greedy':
      out = greedy(p, { skip: true, ...base, ...(officialThreshold !== undefined ? { threshold: officialThreshold } : {}) });
      out.rule = 'greedy';
      break;
    case 'greedy-no-skip':
      out = greedy(p, { skip: false, ...base, ...(officialThreshold !== undefined ? { threshold: officialThreshold } : {}) });
      out.rule = 'greedy-no-skip';
      break;
    case 'greedy-threshold': {
      const t = opts.threshold ?? thresholdOf(e);
      if (t === undefined) throw new MissingRuleParameterError('greedy-threshold', 'min_project_score_threshold');
      out = greedy(p, { skip: true, threshold: t, ...base });
      break;
    }
    case 'mes':
      out = mesPlain(p, budget, ex);
      break;
    case 'mes-comparison':
      out = compareWithGreedy(p, mesPlain(p, budget, ex), opts, 'mes-comparison');
      break;
    case 'mes-add1':
      out = mesAdd1(p, budget, ex);
      break;
    case 'mes-add1u':
      out = completeByScore(p, mesAdd1(p, budget, ex), budget, ex);
      out.rule = 'mes-add1u';
      break;
    case 'mes-add1-comparison':
      out = compareWithGreedy(p, mesAdd1(p, budget, ex), opts, 'mes-add1-comparison');
      break;
    case 'phragmen':
      out = phragmen(p, budget, ex);
      break;
    default:
      throw new UnknownRuleError(rule);
  }
  if (rule === 'official') out.rule = name;
  return out;
}

export type { Outcome } from './types.ts';
