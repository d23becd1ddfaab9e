/**
 * A counting-ready view of an election: for every project, who supports it and with how many
 * points, its score, and the fixed tie-breaking order. Built once, shared by all rules.
 */
import { ballotPoints, ballotRulesOf } from './ballot.ts';
import type { Election } from './model.ts';

export interface Profile {
  election: Election;
  numVoters: number;
  numProjects: number;
  cost: bigint[];
  /** Voter indices supporting each project (positive points, or approval). */
  supporters: Int32Array[];
  /** Points each supporter gives (aligned with `supporters`); null for approval / choose-1. */
  weights: (Int32Array | null)[];
  /** Greedy score: number of approvals, or the sum of points for ordinal/cumulative/scoring. */
  score: number[];
  /** Number of supporters. */
  supporterCount: number[];
  /** Rank in the published tie-breaking order: lower cost, then more supporters, then file order. */
  tieRank: Int32Array;
  /** True when utilities are points (ordinal, cumulative, scoring); false for approval/choose-1. */
  pointsUtility: boolean;
  tieBreaking: TieBreaking;
}

/**
 * `cost-supporters-order` (default, published): lower cost, then more supporters, then file
 * order. `file-order`: the order of the PROJECTS section alone (Pabulib lists projects in the
 * official ranking, so this reproduces ties a city decided by its own means).
 */
export type TieBreaking = 'cost-supporters-order' | 'file-order';

const cache = new WeakMap<Election, Profile>();
const fileOrderCache = new WeakMap<Election, Profile>();

export function profileOf(e: Election, tieBreaking: TieBreaking = 'cost-supporters-order'): Profile {
  if (tieBreaking === 'file-order') {
    const hit = fileOrderCache.get(e);
    if (hit) return hit;
    const base = profileOf(e);
    const prof: Profile = { ...base, tieRank: Int32Array.from({ length: base.numProjects }, (_, j) => j), tieBreaking };
    fileOrderCache.set(e, prof);
    return prof;
  }
  const hit = cache.get(e);
  if (hit) return hit;
  const m = e.projects.length;
  const pointsUtility = e.voteType === 'ordinal' || e.voteType === 'cumulative' || e.voteType === 'scoring';
  const counts = new Int32Array(m);
  const rules = ballotRulesOf(e);
  const ordinalPoints = rules.ordinalPoints;
  const pointsOf = (v: Election['voters'][number]) => (pointsUtility ? ballotPoints(e, v.points, v.projects.length, ordinalPoints) : null);
  for (const v of e.voters) {
    const pts = pointsOf(v);
    for (let k = 0; k < v.projects.length; k++) if (pts === null || pts[k]! > 0) counts[v.projects[k]!]!++;
  }
  const supporters = Array.from({ length: m }, (_, j) => new Int32Array(counts[j]!));
  const weights: (Int32Array | null)[] = Array.from({ length: m }, (_, j) => (pointsUtility ? new Int32Array(counts[j]!) : null));
  const fill = new Int32Array(m);
  const score = new Array<number>(m).fill(0);
  e.voters.forEach((v, i) => {
    const pts = pointsOf(v);
    for (let k = 0; k < v.projects.length; k++) {
      const j = v.projects[k]!;
      const w = pts === null ? 1 : pts[k]!;
      if (w <= 0) continue;
      const f = fill[j]!++;
      supporters[j]![f] = i;
      if (pts !== null) weights[j]![f] = w;
      score[j]! += w;
    }
  });
  const supporterCount = Array.from(counts);
  const cost = e.projects.map((p) => p.cost);
  const order = Array.from({ length: m }, (_, j) => j).sort(
    (a, b) => (cost[a]! < cost[b]! ? -1 : cost[a]! > cost[b]! ? 1 : 0) || supporterCount[b]! - supporterCount[a]! || a - b,
  );
  const tieRank = new Int32Array(m);
  order.forEach((j, r) => (tieRank[j] = r));
  const prof: Profile = { election: e, numVoters: e.voters.length, numProjects: m, cost, supporters, weights, score, supporterCount, tieRank, pointsUtility, tieBreaking };
  cache.set(e, prof);
  return prof;
}

export type TieCriterion = 'lower cost' | 'more supporters' | 'file order';

export interface TieBreak {
  /** Where the tie happened (e.g. "greedy rank 4", "MES round 3"). */
  at: string;
  /** Ids of the tied projects. */
  tied: string[];
  /** Id of the project the tie-breaking put first. */
  chosen: string;
  /** The first criterion that separated the chosen project from the next one. */
  decidedBy: TieCriterion;
}

/** Which criterion of the published order separates project a (first) from b. */
export function tieCriterion(p: Profile, a: number, b: number): TieCriterion {
  if (p.tieBreaking === 'file-order') return 'file order';
  if (p.cost[a] !== p.cost[b]) return 'lower cost';
  if (p.supporterCount[a] !== p.supporterCount[b]) return 'more supporters';
  return 'file order';
}
