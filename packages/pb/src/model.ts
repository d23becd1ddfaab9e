/**
 * The in-memory election: what a Pabulib file says, with money held exactly.
 *
 * Money (budget, costs) is a BigInt count of "minor units": the file's amounts multiplied by
 * `moneyScale` (10^d where d is the largest number of decimals used in the file), so decimal
 * costs such as 1234.50 stay exact and sums never round.
 */

export type VoteType = 'approval' | 'ordinal' | 'cumulative' | 'scoring' | 'choose-1';

export const VOTE_TYPES: readonly VoteType[] = ['approval', 'ordinal', 'cumulative', 'scoring', 'choose-1'];

export interface Project {
  /** `project_id` column. */
  id: string;
  /** Cost in minor units (see `Election.moneyScale`). */
  cost: bigint;
  /** Every column of the PROJECTS row as written in the file (including project_id and cost). */
  fields: Record<string, string>;
}

export interface Voter {
  /** `voter_id` column. */
  id: string;
  /** Indices into `Election.projects`, in ballot order (the ranking for ordinal ballots). */
  projects: number[];
  /**
   * Points per entry of `projects` for cumulative/scoring ballots, or for ordinal ballots whose
   * file gives them explicitly; `null` when the file has no `points` column.
   */
  points: number[] | null;
  /** The other VOTES columns (age, sex, ...) aligned with `Election.voterExtraColumns`. */
  extra: string[];
}

export interface Election {
  /** META section, in file order. */
  meta: Record<string, string>;
  voteType: VoteType;
  /** 10^d: amounts in the file times this factor are integers. */
  moneyScale: bigint;
  /** Budget in minor units. */
  budget: bigint;
  projects: Project[];
  /** PROJECTS header, in file order. */
  projectColumns: string[];
  voters: Voter[];
  /** VOTES columns other than voter_id, vote, points, in file order. */
  voterExtraColumns: string[];
  /** Whether the VOTES section has a `points` column. */
  hasPointsColumn: boolean;
  /** project_id → index in `projects`. */
  projectIndex: Map<string, number>;
}

/** Formats minor units back to the file's currency amount ("1234.5" → "1234.50" kept exact). */
export function formatMoney(minor: bigint, scale: bigint): string {
  if (scale === 1n) return minor.toString();
  const neg = minor < 0n;
  const abs = neg ? -minor : minor;
  const digits = scale.toString().length - 1;
  const int = abs / scale;
  let frac = (abs % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}`;
}

/** Money for human text: 1 234 567 PLN style grouping, decimals only when present. */
export function displayMoney(minor: bigint, scale: bigint): string {
  const s = formatMoney(minor, scale);
  const [int, frac] = s.split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** Category labels of a project (the `category` column is a comma-separated list). */
export function projectCategories(p: Project): string[] {
  const raw = p.fields['category'];
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Number of voters who support each project (any positive entry on the ballot). */
export function supportersCount(e: Election): number[] {
  const counts = new Array<number>(e.projects.length).fill(0);
  for (const v of e.voters) {
    for (let k = 0; k < v.projects.length; k++) {
      if (v.points === null || (v.points[k] ?? 0) > 0 || e.voteType === 'ordinal') counts[v.projects[k]!]!++;
    }
  }
  return counts;
}
