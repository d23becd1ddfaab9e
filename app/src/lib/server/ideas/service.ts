import { z } from 'zod';
import { CONTENT_LANGS } from '../core/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { user } from '../accounts/schema';
import { comment } from '../comments/schema';
import { CLIMATE_TOPICS, process, processOfficial } from '../processes/schema';
import { processRules } from '../processes/permissions';
import { createProcess } from '../processes/service';
import { findDistrictAt } from '../districts/service';
import { draftProjectFromIdea } from '../budgets/fromIdea';
import { idea, ideaSupport, IDEA_STATUSES } from './schema';
import { ideaRules } from './permissions';
import { IDEA_DESCRIPTION_MAX, IDEA_RESPONSE_MAX } from '../../limits';

const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((txx) => fn(txx as unknown as Db));
const optNum = (min: number, max: number) =>
	z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.number({ error: 'invalid_coordinate' }).min(min, 'invalid_coordinate').max(max, 'invalid_coordinate').nullable());

export const ideaInput = z
	.object({
		title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
		topic: z.enum(CLIMATE_TOPICS, { error: 'required' }),
		location: z.string().trim().max(300).default(''),
		districtId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().min(1).max(18).nullable()).default(null),
		lat: optNum(-90, 90).default(null),
		lon: optNum(-180, 180).default(null),
		description: z.string().trim().min(10, 'description_too_short').max(IDEA_DESCRIPTION_MAX),
		/** The language the idea is written in (WCAG 3.1.2). */
		lang: z.enum(CONTENT_LANGS, 'content_lang_invalid').default('pl')
	})
	.refine((d) => (d.lat === null) === (d.lon === null), { message: 'invalid_coordinate', path: ['lat'] });

/** Checks an idea without saving it (the check-your-answers page); returns the district found. */
export async function checkIdea(ctx: ServiceContext, input: unknown) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!ideaRules.create(ctx.actor)) throw new ForbiddenError('email_not_verified');
	const data = parseInput(ideaInput, input);
	let districtId = data.districtId;
	if (data.lat !== null && data.lon !== null) {
		const found = await findDistrictAt(ctx.db, data.lon, data.lat);
		if (!found) throw new ValidationError({ lat: 'outside_krakow' });
		districtId = found;
	}
	return { ...data, districtId };
}

async function officialIdsOf(db: Db, processId: string | null): Promise<string[]> {
	if (!processId) return [];
	return (await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId))).map((r) => r.userId);
}

/** The ideas process a new idea joins: the newest published process of mechanism 'ideas' (its
 * officials answer the idea), or null when there is none (then only admins answer). */
async function currentIdeasProcess(db: Db): Promise<string | null> {
	const [p] = await db.select({ id: process.id }).from(process).where(and(eq(process.mechanism, 'ideas'), eq(process.status, 'published'))).orderBy(desc(process.createdAt)).limit(1);
	return p?.id ?? null;
}

export async function createIdea(ctx: ServiceContext, input: unknown): Promise<string> {
	const data = await checkIdea(ctx, input);
	const id = newId();
	await ctx.db.insert(idea).values({ id, authorId: ctx.actor!.id, ...data, processId: await currentIdeasProcess(ctx.db), createdAt: ctx.now() });
	return id;
}

/** Supports an idea once (database constraint); supporting again changes nothing. */
export async function supportIdea(ctx: ServiceContext, ideaId: string, on = true): Promise<void> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const [row] = await ctx.db.select({ authorId: idea.authorId }).from(idea).where(eq(idea.id, ideaId));
	if (!row) throw new NotFoundError('idea_not_found');
	if (!ideaRules.support(ctx.actor, row)) throw new ForbiddenError();
	if (on) await ctx.db.insert(ideaSupport).values({ ideaId, userId: ctx.actor.id, createdAt: ctx.now() }).onConflictDoNothing();
	else await ctx.db.delete(ideaSupport).where(and(eq(ideaSupport.ideaId, ideaId), eq(ideaSupport.userId, ctx.actor.id)));
}

export const responseInput = z.object({
	status: z.enum(IDEA_STATUSES.filter((s) => s !== 'open') as ['answered', 'to_consultation', 'to_budget', 'not_taken'], { error: 'required' }),
	response: z.string().trim().min(10, 'response_too_short').max(IDEA_RESPONSE_MAX),
	/** For 'to_budget': the edition (its process id) that takes the idea as a draft project. */
	editionId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().max(100).optional())
});

/** An official's answer. 'to_consultation' also creates a draft consultation from the idea that
 * the official then completes; 'to_budget' makes it a draft project, authored by the idea's
 * author, in a budget edition taking submissions (budgets/fromIdea.ts). The author is told. */
export async function respondToIdea(ctx: ServiceContext, ideaId: string, input: unknown): Promise<{ processSlug: string | null }> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const [before] = await ctx.db.select().from(idea).where(eq(idea.id, ideaId));
	if (!before) throw new NotFoundError('idea_not_found');
	// Only the officials of the idea's own ideas process answer it (and admins).
	if (!ideaRules.respond(ctx.actor, await officialIdsOf(ctx.db, before.processId))) throw new ForbiddenError();
	const data = parseInput(responseInput, input);
	if (data.status === 'to_budget' && !before.linkedProcessId && !data.editionId) throw new ValidationError({ editionId: 'ideas_choose_edition' });
	let linked: { id: string; slug: string } | null = null;
	if (data.status === 'to_consultation' && !before.linkedProcessId) {
		linked = await createProcess(ctx, {
			mechanism: 'consultation',
			title: before.title.length >= 5 ? before.title : `${before.title} (idea)`,
			description: before.description,
			districtId: before.districtId,
			topics: [before.topic]
		});
	}
	await inTx(ctx.db, async (tx) => {
		let linkedProcessId = linked?.id ?? before.linkedProcessId;
		let projectId: string | undefined;
		if (data.status === 'to_budget' && !before.linkedProcessId && data.editionId) {
			projectId = await draftProjectFromIdea(tx, data.editionId, { title: before.title, description: before.description, authorId: before.authorId, districtId: before.districtId, lat: before.lat, lng: before.lon }, ctx.now());
			linkedProcessId = data.editionId;
		}
		await tx.update(idea).set({ status: data.status, response: data.response, respondedBy: ctx.actor!.id, respondedAt: ctx.now(), linkedProcessId }).where(eq(idea.id, ideaId));
		await recordAudit(tx, ctx, { action: 'idea.respond', targetType: 'idea', targetId: ideaId, processId: before.processId, before: { status: before.status, response: before.response }, after: { ...data, linkedProcessId, projectId } });
		if (before.authorId)
			await notify(tx, before.authorId, 'idea_answered', { ideaId, title: before.title, status: data.status }, { key: 'idea_answered', params: { title: before.title }, labels: { status: `ideas_status_${data.status}` }, quote: data.response, link: `/ideas/${ideaId}` }, ctx.now());
	});
	return { processSlug: linked?.slug ?? null };
}

const supports = sql<number>`(select count(*)::int from ${ideaSupport} where ${ideaSupport.ideaId} = ${idea.id})`;
const comments = sql<number>`(select count(*)::int from ${comment} where ${comment.targetType} = 'idea' and ${comment.targetId} = ${idea.id} and ${comment.status} = 'visible')`;

export const ideaFilter = z.object({
	topic: z.enum(CLIMATE_TOPICS).optional().catch(undefined),
	status: z.enum(IDEA_STATUSES).optional().catch(undefined),
	sort: z.enum(['new', 'support']).default('new').catch('new')
});

export async function listIdeas(ctx: ServiceContext, filter: z.input<typeof ideaFilter> = {}) {
	const f = ideaFilter.parse(filter);
	const conds = [];
	if (f.topic) conds.push(eq(idea.topic, f.topic));
	if (f.status) conds.push(eq(idea.status, f.status));
	return ctx.db
		.select({ id: idea.id, title: idea.title, topic: idea.topic, districtId: idea.districtId, location: idea.location, description: idea.description, lang: idea.lang, status: idea.status, response: idea.response, createdAt: idea.createdAt, supports, comments })
		.from(idea)
		.where(conds.length ? and(...conds) : undefined)
		.orderBy(f.sort === 'support' ? desc(supports) : desc(idea.createdAt), desc(idea.createdAt))
		.limit(500);
}

export async function getIdea(ctx: ServiceContext, ideaId: string) {
	const [row] = await ctx.db
		.select({ i: idea, authorName: user.name, supports })
		.from(idea)
		.leftJoin(user, eq(user.id, idea.authorId))
		.where(eq(idea.id, ideaId));
	if (!row) throw new NotFoundError('idea_not_found');
	let supported = false;
	if (ctx.actor) {
		const [s] = await ctx.db.select().from(ideaSupport).where(and(eq(ideaSupport.ideaId, ideaId), eq(ideaSupport.userId, ctx.actor.id)));
		supported = !!s;
	}
	let linkedSlug: string | null = null;
	let linkedMechanism: string | null = null;
	if (row.i.linkedProcessId) {
		const [p] = await ctx.db.select({ slug: process.slug, status: process.status, mechanism: process.mechanism }).from(process).where(eq(process.id, row.i.linkedProcessId));
		// A draft it became (a consultation being prepared) stays hidden but from its officials.
		linkedSlug = p && (p.status !== 'draft' || processRules.readDraft(ctx.actor, await officialIdsOf(ctx.db, row.i.linkedProcessId))) ? p.slug : null;
		linkedMechanism = p?.mechanism ?? null;
	}
	const { authorId, respondedBy, processId, ...pub } = row.i;
	const canRespond = ctx.actor?.role === 'official' || ctx.actor?.role === 'admin' ? ideaRules.respond(ctx.actor, await officialIdsOf(ctx.db, processId)) : false;
	return { ...pub, authorName: row.authorName, supports: row.supports, supported, isAuthor: !!ctx.actor && ctx.actor.id === authorId, canSupport: ideaRules.support(ctx.actor, { authorId }), canRespond, linkedSlug, linkedMechanism, hasResponder: !!respondedBy };
}
