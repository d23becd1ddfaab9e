/**
 * Small helpers to build elections in tests and examples (goes through the real parser).
 */
import type { Election, VoteType } from './model.ts';
import { parsePabulib } from './pabulib/parse.ts';
import { cell } from './pabulib/write.ts';

export interface ElectionSpec {
  budget: number | string;
  voteType?: VoteType;
  /** [id, cost] or [id, cost, extra fields]. */
  projects: readonly (readonly [string, number | string] | readonly [string, number | string, Record<string, string>])[];
  /** Ballots: project ids; for points ballots [ids, points]. */
  votes: readonly (readonly string[] | readonly [readonly string[], readonly number[]])[];
  meta?: Record<string, string>;
}

export function electionText(spec: ElectionSpec): string {
  const vt = spec.voteType ?? 'approval';
  const extraCols = [...new Set(spec.projects.flatMap((p) => Object.keys(p[2] ?? {})))];
  const meta: Record<string, string> = {
    budget: String(spec.budget),
    vote_type: vt,
    num_projects: String(spec.projects.length),
    num_votes: String(spec.votes.length),
    rule: 'greedy',
    ...spec.meta,
  };
  const lines = ['META', 'key;value'];
  for (const [k, v] of Object.entries(meta)) lines.push(`${k};${v}`);
  lines.push('PROJECTS', ['project_id', 'cost', ...extraCols].join(';'));
  for (const p of spec.projects) lines.push([p[0], String(p[1]), ...extraCols.map((c) => cell((p[2] ?? {})[c] ?? ''))].join(';'));
  const withPoints = spec.votes.some((v) => Array.isArray(v[0]));
  lines.push('VOTES', withPoints ? 'voter_id;vote;points' : 'voter_id;vote');
  spec.votes.forEach((v, i) => {
    if (Array.isArray(v[0])) {
      const [ids, pts] = v as readonly [readonly string[], readonly number[]];
      lines.push(`${i};${ids.join(',')};${pts.join(',')}`);
    } else lines.push(`${i};${(v as readonly string[]).join(',')}`);
  });
  return lines.join('\n') + '\n';
}

export function makeElection(spec: ElectionSpec): Election {
  return parsePabulib(electionText(spec));
}
