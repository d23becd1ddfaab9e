/** An idea from the crowdsourcing board becomes a draft project in a budget edition that is
 * taking submissions. The idea's author becomes the project's author and completes it (place,
 * cost, climate effect) like any draft, then submits it; the project goes through the same
 * verification as every other. Called by the ideas module when an official answers "to budget". */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ConflictError, ValidationError } from '../core/errors';
import { newId } from '../core/ids';
import { process } from '../processes/schema';
import { budgetEdition, budgetPool, budgetProject } from './schema';
import { phaseOf } from './service';

/** Editions a project can still be submitted to (their submission phase is open), for the form. */
export async function editionsTakingSubmissions(db: Db, now: Date): Promise<{ processId: string; title: string }[]> {
	const rows = await db
		.select({ e: budgetEdition, title: process.title, status: process.status })
		.from(budgetEdition)
		.innerJoin(process, eq(process.id, budgetEdition.processId))
		.orderBy(asc(process.title));
	return rows.filter((r) => r.status === 'published' && phaseOf(r.e, now) === 'submission').map((r) => ({ processId: r.e.processId, title: r.title }));
}

export interface IdeaForProject {
	title: string;
	description: string;
	authorId: string | null;
	districtId: number | null;
	lat: number | null;
	lng: number | null;
}

/** Creates the draft (inside the caller's transaction) in the idea's district pool, or the
 * citywide pool when the idea has no district; returns the project's id. */
export async function draftProjectFromIdea(tx: Db, editionProcessId: string, idea: IdeaForProject, now: Date): Promise<string> {
	if (!idea.authorId) throw new ConflictError('ideas_author_gone');
	const [edition] = await tx.select().from(budgetEdition).where(eq(budgetEdition.processId, editionProcessId));
	if (!edition || phaseOf(edition, now) !== 'submission') throw new ValidationError({ editionId: 'ideas_edition_not_open' });
	const pools = await tx.select().from(budgetPool).where(eq(budgetPool.processId, editionProcessId));
	const pool = pools.find((p) => p.kind === 'district' && idea.districtId !== null && p.districtId === idea.districtId) ?? pools.find((p) => p.kind === 'citywide') ?? pools[0];
	if (!pool) throw new ValidationError({ editionId: 'ideas_edition_not_open' });
	const id = newId();
	const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(budgetProject).where(and(eq(budgetProject.processId, editionProcessId)));
	await tx.insert(budgetProject).values({
		id,
		processId: editionProcessId,
		poolId: pool.id,
		code: `P${n + 1}-${id.slice(0, 4)}`,
		authorId: idea.authorId,
		title: idea.title.length >= 5 ? idea.title : `${idea.title} (pomysł)`,
		description: idea.description,
		districtId: pool.districtId ?? idea.districtId,
		lat: idea.lat,
		lng: idea.lng,
		costItems: [],
		cost: 0,
		status: 'draft',
		createdAt: now,
		updatedAt: now
	});
	return id;
}
