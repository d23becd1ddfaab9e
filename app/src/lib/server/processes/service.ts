import { z } from 'zod';
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId, slugify } from '../core/ids';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { CLIMATE_TOPICS, MECHANISMS, phase, process, processOfficial, type Mechanism } from './schema';
import { processRules } from './permissions';
import { PROCESS_DESCRIPTION_MAX, PROCESS_OUTCOME_MAX, PROCESS_SCOPE_MAX } from '../../limits';

const phaseInput = z
	.object({
		name: z.string().trim().min(2, 'name_too_short').max(120, 'name_too_long'),
		startsAt: z.coerce.date({ error: 'invalid_date' }),
		endsAt: z.coerce.date({ error: 'invalid_date' })
	})
	.refine((p) => p.endsAt > p.startsAt, { message: 'end_before_start', path: ['endsAt'] });

export const processInput = z.object({
	mechanism: z.enum(MECHANISMS),
	title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
	description: z.string().trim().min(10, 'description_too_short').max(PROCESS_DESCRIPTION_MAX),
	scopeDecided: z.string().trim().max(PROCESS_SCOPE_MAX).default(''),
	scopeOpen: z.string().trim().max(PROCESS_SCOPE_MAX).default(''),
	scopeWhoDecides: z.string().trim().max(2000).default(''),
	scopeWhen: z.string().trim().max(2000).default(''),
	districtId: z.coerce.number().int().min(1).max(18).nullable().default(null),
	topics: z.array(z.enum(CLIMATE_TOPICS)).default([]),
	phases: z.array(phaseInput).max(20).default([])
});
export type ProcessInput = z.input<typeof processInput>;

async function officialIdsOf(db: Db, processId: string): Promise<string[]> {
	const rows = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	return rows.map((r) => r.userId);
}

async function uniqueSlug(db: Db, title: string): Promise<string> {
	const base = slugify(title);
	for (let i = 1; ; i++) {
		const candidate = i === 1 ? base : `${base}-${i}`;
		const [hit] = await db.select({ id: process.id }).from(process).where(eq(process.slug, candidate));
		if (!hit) return candidate;
	}
}

/** Creates a draft process; the creating official is assigned to it. */
export async function createProcess(ctx: ServiceContext, input: unknown, opts: { publish?: boolean } = {}): Promise<{ id: string; slug: string }> {
	if (!processRules.create(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(processInput, input);
	const id = newId();
	for (let attempt = 1; ; attempt++) {
		const slug = await uniqueSlug(ctx.db, data.title);
		try {
			await ctx.db.transaction(async (txx) => {
				const tx = txx as unknown as Db;
				const { phases, ...fields } = data;
				await tx.insert(process).values({ id, slug, ...fields, status: opts.publish ? 'published' : 'draft', createdBy: ctx.actor!.id, createdAt: ctx.now(), updatedAt: ctx.now() });
				if (phases.length) await tx.insert(phase).values(phases.map((p, i) => ({ id: newId(), processId: id, position: i, ...p })));
				await tx.insert(processOfficial).values({ processId: id, userId: ctx.actor!.id });
				await recordAudit(tx, ctx, { action: 'process.create', targetType: 'process', targetId: id, after: { ...fields, phases } });
			});
			return { id, slug };
		} catch (e) {
			// A process with the same title took the slug between our check and our insert: try the next one.
			if (attempt < 10 && isSlugTaken(e)) continue;
			throw e;
		}
	}
}

function isSlugTaken(e: unknown): boolean {
	for (let err = e as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
		if (err.code === '23505' && (err.constraint === 'process_slug_unique' || err.message?.includes('process_slug_unique'))) return true;
	}
	return false;
}

export async function updateProcess(ctx: ServiceContext, processId: string, input: unknown): Promise<void> {
	const data = parseInput(processInput, input);
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [before] = await tx.select().from(process).where(eq(process.id, processId));
		if (!before) throw new NotFoundError('process_not_found');
		if (!processRules.manage(ctx.actor, await officialIdsOf(tx, processId))) throw new ForbiddenError();
		const { phases, ...fields } = data;
		await tx.update(process).set({ ...fields, updatedAt: ctx.now() }).where(eq(process.id, processId));
		await tx.delete(phase).where(eq(phase.processId, processId));
		if (phases.length) await tx.insert(phase).values(phases.map((p, i) => ({ id: newId(), processId, position: i, ...p })));
		await recordAudit(tx, ctx, { action: 'process.update', targetType: 'process', targetId: processId, before, after: data });
	});
}

export async function setProcessStatus(ctx: ServiceContext, processId: string, status: 'draft' | 'published' | 'closed', outcome?: string) {
	outcome = parseInput(z.object({ outcome: z.string().trim().max(PROCESS_OUTCOME_MAX).optional() }), { outcome }).outcome;
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [before] = await tx.select().from(process).where(eq(process.id, processId));
		if (!before) throw new NotFoundError('process_not_found');
		if (!processRules.manage(ctx.actor, await officialIdsOf(tx, processId))) throw new ForbiddenError();
		// A blank outcome is no outcome: residents must learn what came of the process.
		const newOutcome = outcome?.trim() || before.outcome;
		if (status === 'closed' && !newOutcome?.trim()) throw new ValidationError({ outcome: 'outcome_required' });
		await tx.update(process).set({ status, outcome: newOutcome, updatedAt: ctx.now() }).where(eq(process.id, processId));
		await recordAudit(tx, ctx, { action: `process.${status}`, targetType: 'process', targetId: processId, before: { status: before.status, outcome: before.outcome }, after: { status, outcome: newOutcome } });
	});
}

export async function assignOfficial(ctx: ServiceContext, processId: string, userId: string) {
	if (!processRules.assignOfficials(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [p] = await tx.select({ id: process.id }).from(process).where(eq(process.id, processId));
		if (!p) throw new NotFoundError('process_not_found');
		const [u] = await tx.select({ role: user.role }).from(user).where(eq(user.id, userId));
		if (!u) throw new NotFoundError('account_not_found');
		if (u.role !== 'official' && u.role !== 'admin') throw new ValidationError({ userId: 'not_an_official' });
		await tx.insert(processOfficial).values({ processId, userId }).onConflictDoNothing();
		await recordAudit(tx, ctx, { action: 'process.assign_official', targetType: 'process', targetId: processId, after: { userId } });
	});
}

export async function unassignOfficial(ctx: ServiceContext, processId: string, userId: string) {
	if (!processRules.assignOfficials(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const removed = await tx
			.delete(processOfficial)
			.where(and(eq(processOfficial.processId, processId), eq(processOfficial.userId, userId)))
			.returning({ userId: processOfficial.userId });
		if (!removed.length) throw new NotFoundError('process_not_found');
		await recordAudit(tx, ctx, { action: 'process.unassign_official', targetType: 'process', targetId: processId, before: { userId } });
	});
}

export interface ProcessOfficials {
	/** The officials in charge of the process. */
	assigned: { id: string; name: string; email: string }[];
	/** Officials and admins who could be put in charge (for the admin's form). */
	candidates: { id: string; name: string; email: string }[];
}

/** Who runs a process, for the admin who assigns officials (nobody else may read it). */
export async function processOfficials(ctx: ServiceContext, processId: string): Promise<ProcessOfficials> {
	if (!processRules.assignOfficials(ctx.actor)) throw new ForbiddenError();
	const assigned = await ctx.db
		.select({ id: user.id, name: user.name, email: user.email })
		.from(processOfficial)
		.innerJoin(user, eq(user.id, processOfficial.userId))
		.where(eq(processOfficial.processId, processId))
		.orderBy(asc(user.name));
	const staff = await ctx.db
		.select({ id: user.id, name: user.name, email: user.email })
		.from(user)
		.where(or(eq(user.role, 'official'), eq(user.role, 'admin')))
		.orderBy(asc(user.name));
	const taken = new Set(assigned.map((a) => a.id));
	return { assigned, candidates: staff.filter((s) => !taken.has(s.id)) };
}

export interface ProcessSummary {
	id: string;
	slug: string;
	mechanism: Mechanism;
	title: string;
	description: string;
	districtId: number | null;
	topics: string[];
	status: string;
	outcome: string | null;
	phases: { name: string; startsAt: Date; endsAt: Date }[];
	/** The phase running now, if any. */
	currentPhase: string | null;
	open: boolean;
}

async function withPhases(db: Db, rows: (typeof process.$inferSelect)[], now: Date): Promise<ProcessSummary[]> {
	if (!rows.length) return [];
	const phases = await db.select().from(phase).where(inArray(phase.processId, rows.map((r) => r.id))).orderBy(asc(phase.position));
	return rows.map((r) => {
		const own = phases.filter((p) => p.processId === r.id).map((p) => ({ name: p.name, startsAt: p.startsAt, endsAt: p.endsAt }));
		const current = own.find((p) => p.startsAt <= now && now < p.endsAt) ?? null;
		return {
			id: r.id,
			slug: r.slug,
			mechanism: r.mechanism,
			title: r.title,
			description: r.description,
			districtId: r.districtId,
			topics: r.topics,
			status: r.status,
			outcome: r.outcome,
			phases: own,
			currentPhase: current?.name ?? null,
			open: r.status === 'published' && !!current
		};
	});
}

/** Public processes (published or closed), optionally for one district (citywide ones included). */
export async function listPublicProcesses(ctx: ServiceContext, filter: { districtId?: number; mechanism?: Mechanism } = {}) {
	const conds = [or(eq(process.status, 'published'), eq(process.status, 'closed'))];
	if (filter.districtId) conds.push(or(eq(process.districtId, filter.districtId), isNull(process.districtId)));
	if (filter.mechanism) conds.push(eq(process.mechanism, filter.mechanism));
	const rows = await ctx.db.select().from(process).where(and(...conds)).orderBy(desc(process.createdAt));
	return withPhases(ctx.db, rows, ctx.now());
}

/** Processes an official runs (all for admins), drafts included. */
export async function listManagedProcesses(ctx: ServiceContext) {
	if (!ctx.actor || (ctx.actor.role !== 'official' && ctx.actor.role !== 'admin')) throw new ForbiddenError();
	const rows =
		ctx.actor.role === 'admin'
			? await ctx.db.select().from(process).orderBy(desc(process.createdAt))
			: (await ctx.db.select({ p: process }).from(process).innerJoin(processOfficial, eq(processOfficial.processId, process.id)).where(eq(processOfficial.userId, ctx.actor.id)).orderBy(desc(process.createdAt))).map((r) => r.p);
	return withPhases(ctx.db, rows, ctx.now());
}

/** Comments on a process: it exists and the actor can see it (drafts only its officials and admins). */
export async function assertProcessCommentable(ctx: ServiceContext, processId: string): Promise<void> {
	const [row] = await ctx.db.select({ status: process.status }).from(process).where(eq(process.id, processId));
	if (!row || (row.status === 'draft' && !processRules.readDraft(ctx.actor, await officialIdsOf(ctx.db, processId)))) throw new NotFoundError('process_not_found');
}

export async function getProcess(ctx: ServiceContext, slug: string) {
	const [row] = await ctx.db.select().from(process).where(eq(process.slug, slug));
	if (!row) throw new NotFoundError('process_not_found');
	const officials = await officialIdsOf(ctx.db, row.id);
	if (row.status === 'draft' && !processRules.readDraft(ctx.actor, officials)) throw new NotFoundError('process_not_found');
	const [summary] = await withPhases(ctx.db, [row], ctx.now());
	return { ...row, ...summary, canManage: processRules.manage(ctx.actor, officials) };
}
