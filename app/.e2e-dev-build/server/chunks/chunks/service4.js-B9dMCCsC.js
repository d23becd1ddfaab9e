import { F as ForbiddenError, N as NotFoundError, V as ValidationError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { n as newId, s as slugify } from './ids.js-DjVSHxXU.js';
import { r as recordAudit } from './service2.js-qqQkOHfI.js';
import './schema.js-Do_En6u5.js';
import { p as process, a as phase, b as processOfficial, C as CLIMATE_TOPICS, M as MECHANISMS } from './schema4.js-DVO4fwmJ.js';
import { z } from 'zod';
import { eq, or, isNull, and, desc, inArray, asc } from 'drizzle-orm';

// src/lib/server/processes/permissions.ts
/** Process rules: officials and admins create processes; an official edits only the processes
* they are assigned to; admins assign officials. Everyone reads what is published. */
var processRules = {
	create: (actor) => actor?.role === "official" || actor?.role === "admin",
	manage: (actor, officialIds) => actor?.role === "admin" || actor?.role === "official" && officialIds.includes(actor.id),
	assignOfficials: (actor) => actor?.role === "admin",
	readDraft: (actor, officialIds) => actor?.role === "admin" || actor?.role === "official" && officialIds.includes(actor.id)
};
// src/lib/server/processes/service.ts
var phaseInput = z.object({
	name: z.string().trim().min(2, "required").max(120),
	startsAt: z.coerce.date({ error: "invalid_date" }),
	endsAt: z.coerce.date({ error: "invalid_date" })
}).refine((p) => p.endsAt > p.startsAt, {
	message: "end_before_start",
	path: ["endsAt"]
});
var processInput = z.object({
	mechanism: z.enum(MECHANISMS),
	title: z.string().trim().min(5, "title_too_short").max(200, "title_too_long"),
	description: z.string().trim().min(10, "description_too_short").max(2e4),
	scopeDecided: z.string().trim().max(4e3).default(""),
	scopeOpen: z.string().trim().max(4e3).default(""),
	scopeWhoDecides: z.string().trim().max(2e3).default(""),
	scopeWhen: z.string().trim().max(2e3).default(""),
	districtId: z.coerce.number().int().min(1).max(18).nullable().default(null),
	topics: z.array(z.enum(CLIMATE_TOPICS)).default([]),
	phases: z.array(phaseInput).max(20).default([])
});
async function officialIdsOf(db, processId) {
	return (await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId))).map((r) => r.userId);
}
async function uniqueSlug(db, title) {
	const base = slugify(title);
	for (let i = 1;; i++) {
		const candidate = i === 1 ? base : `${base}-${i}`;
		const [hit] = await db.select({ id: process.id }).from(process).where(eq(process.slug, candidate));
		if (!hit) return candidate;
	}
}
/** Creates a draft process; the creating official is assigned to it. */
async function createProcess(ctx, input, opts = {}) {
	if (!processRules.create(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(processInput, input);
	const id = newId();
	for (let attempt = 1;; attempt++) {
		const slug = await uniqueSlug(ctx.db, data.title);
		try {
			await ctx.db.transaction(async (txx) => {
				const tx = txx;
				const { phases, ...fields } = data;
				await tx.insert(process).values({
					id,
					slug,
					...fields,
					status: opts.publish ? "published" : "draft",
					createdBy: ctx.actor.id,
					createdAt: ctx.now(),
					updatedAt: ctx.now()
				});
				if (phases.length) await tx.insert(phase).values(phases.map((p, i) => ({
					id: newId(),
					processId: id,
					position: i,
					...p
				})));
				await tx.insert(processOfficial).values({
					processId: id,
					userId: ctx.actor.id
				});
				await recordAudit(tx, ctx, {
					action: "process.create",
					targetType: "process",
					targetId: id,
					after: {
						...fields,
						phases
					}
				});
			});
			return {
				id,
				slug
			};
		} catch (e) {
			if (attempt < 10 && isSlugTaken(e)) continue;
			throw e;
		}
	}
}
function isSlugTaken(e) {
	for (let err = e; err; err = err.cause) if (err.code === "23505" && (err.constraint === "process_slug_unique" || err.message?.includes("process_slug_unique"))) return true;
	return false;
}
async function updateProcess(ctx, processId, input) {
	const data = parseInput(processInput, input);
	await ctx.db.transaction(async (txx) => {
		const tx = txx;
		const [before] = await tx.select().from(process).where(eq(process.id, processId));
		if (!before) throw new NotFoundError("Process");
		if (!processRules.manage(ctx.actor, await officialIdsOf(tx, processId))) throw new ForbiddenError();
		const { phases, ...fields } = data;
		await tx.update(process).set({
			...fields,
			updatedAt: ctx.now()
		}).where(eq(process.id, processId));
		await tx.delete(phase).where(eq(phase.processId, processId));
		if (phases.length) await tx.insert(phase).values(phases.map((p, i) => ({
			id: newId(),
			processId,
			position: i,
			...p
		})));
		await recordAudit(tx, ctx, {
			action: "process.update",
			targetType: "process",
			targetId: processId,
			before,
			after: data
		});
	});
}
async function setProcessStatus(ctx, processId, status, outcome) {
	await ctx.db.transaction(async (txx) => {
		const tx = txx;
		const [before] = await tx.select().from(process).where(eq(process.id, processId));
		if (!before) throw new NotFoundError("Process");
		if (!processRules.manage(ctx.actor, await officialIdsOf(tx, processId))) throw new ForbiddenError();
		const newOutcome = outcome?.trim() || before.outcome;
		if (status === "closed" && !newOutcome?.trim()) throw new ValidationError({ outcome: "outcome_required" });
		await tx.update(process).set({
			status,
			outcome: newOutcome,
			updatedAt: ctx.now()
		}).where(eq(process.id, processId));
		await recordAudit(tx, ctx, {
			action: `process.${status}`,
			targetType: "process",
			targetId: processId,
			before: {
				status: before.status,
				outcome: before.outcome
			},
			after: {
				status,
				outcome: newOutcome
			}
		});
	});
}
async function withPhases(db, rows, now) {
	if (!rows.length) return [];
	const phases = await db.select().from(phase).where(inArray(phase.processId, rows.map((r) => r.id))).orderBy(asc(phase.position));
	return rows.map((r) => {
		const own = phases.filter((p) => p.processId === r.id).map((p) => ({
			name: p.name,
			startsAt: p.startsAt,
			endsAt: p.endsAt
		}));
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
			open: r.status === "published" && !!current
		};
	});
}
/** Public processes (published or closed), optionally for one district (citywide ones included). */
async function listPublicProcesses(ctx, filter = {}) {
	const conds = [or(eq(process.status, "published"), eq(process.status, "closed"))];
	if (filter.districtId) conds.push(or(eq(process.districtId, filter.districtId), isNull(process.districtId)));
	if (filter.mechanism) conds.push(eq(process.mechanism, filter.mechanism));
	const rows = await ctx.db.select().from(process).where(and(...conds)).orderBy(desc(process.createdAt));
	return withPhases(ctx.db, rows, ctx.now());
}
/** Processes an official runs (all for admins), drafts included. */
async function listManagedProcesses(ctx) {
	if (!ctx.actor || ctx.actor.role !== "official" && ctx.actor.role !== "admin") throw new ForbiddenError();
	const rows = ctx.actor.role === "admin" ? await ctx.db.select().from(process).orderBy(desc(process.createdAt)) : (await ctx.db.select({ p: process }).from(process).innerJoin(processOfficial, eq(processOfficial.processId, process.id)).where(eq(processOfficial.userId, ctx.actor.id)).orderBy(desc(process.createdAt))).map((r) => r.p);
	return withPhases(ctx.db, rows, ctx.now());
}
async function getProcess(ctx, slug) {
	const [row] = await ctx.db.select().from(process).where(eq(process.slug, slug));
	if (!row) throw new NotFoundError("Process");
	const officials = await officialIdsOf(ctx.db, row.id);
	if (row.status === "draft" && !processRules.readDraft(ctx.actor, officials)) throw new NotFoundError("Process");
	const [summary] = await withPhases(ctx.db, [row], ctx.now());
	return {
		...row,
		...summary,
		canManage: processRules.manage(ctx.actor, officials)
	};
}

export { listManagedProcesses as a, createProcess as c, getProcess as g, listPublicProcesses as l, processRules as p, setProcessStatus as s, updateProcess as u };
//# sourceMappingURL=service4.js-B9dMCCsC.js.map
