// A digest of every count the platform publishes from residents' votes and supports: budget
// ballots and their points per project, support signatures, panel votes, idea and comment
// supports, survey responses. Two databases with the same digest count the same. Used to check
// that a restored backup (or a crashed and restarted server) lost or added nothing.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

// Fixed SQL, no input: one row set per tally, in a stable order.
const TALLIES = {
	budget_ballots: sql`SELECT process_id, channel, count(*)::int AS n FROM budget_ballot GROUP BY 1, 2 ORDER BY 1, 2`,
	budget_points: sql`SELECT b.process_id, c.pool_id, c.project_id, count(*)::int AS n, sum(c.points)::int AS points FROM budget_ballot_choice c JOIN budget_ballot b ON b.id = c.ballot_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
	budget_participation: sql`SELECT process_id, count(*)::int AS n FROM budget_participation GROUP BY 1 ORDER BY 1`,
	budget_support: sql`SELECT project_id, count(*)::int AS n FROM budget_support GROUP BY 1 ORDER BY 1`,
	panel_votes: sql`SELECT round_id, recommendation_id, choice, count(*)::int AS n FROM panel_vote GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
	idea_support: sql`SELECT idea_id, count(*)::int AS n FROM idea_support GROUP BY 1 ORDER BY 1`,
	comment_support: sql`SELECT comment_id, count(*)::int AS n FROM consultation_comment_support GROUP BY 1 ORDER BY 1`,
	survey_responses: sql`SELECT process_id, count(*)::int AS n FROM survey_response GROUP BY 1 ORDER BY 1`
} as const;

export type Tallies = Record<keyof typeof TALLIES, unknown[]>;

export async function tallies(db: Db): Promise<Tallies> {
	const out = {} as Tallies;
	for (const [name, query] of Object.entries(TALLIES) as [keyof typeof TALLIES, (typeof TALLIES)[keyof typeof TALLIES]][]) {
		const result = (await db.execute(query)) as unknown as { rows: unknown[] };
		out[name] = result.rows;
	}
	return out;
}

/** SHA-256 over every tally (hex). */
export async function tallyDigest(db: Db): Promise<string> {
	return createHash('sha256').update(JSON.stringify(await tallies(db))).digest('hex');
}
