/** The audit trail as officials read it (`/manage/audit`): an official reads the entries of the
 * processes assigned to them, an admin every entry. Names instead of ids (the person, the
 * process), filters (process, person, action, dates) and a link from each entry to the thing it
 * changed. Read-only, like the log itself. */
import { z } from 'zod';
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ForbiddenError, UnauthenticatedError } from '../core/errors';
import { parseInput } from '../core/validate';
import { user } from '../accounts/schema';
import { process, processOfficial } from '../processes/schema';
import { auditLog } from './schema';

const day = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date').optional());
export const auditFilterInput = z
	.object({
		process: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().max(100).optional()),
		person: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().max(100).optional()),
		action: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().max(100).optional()),
		from: day,
		to: day,
		limit: z.coerce.number().int().min(1).max(5000).default(200)
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'audit_dates_order', path: ['to'] });
export type AuditFilter = z.infer<typeof auditFilterInput>;

/** Where an entry leads: the page of the thing it changed (paths without the language prefix). */
export function auditTargetHref(e: { targetType: string; targetId: string; processSlug: string | null; mechanism: string | null }): string | null {
	const slug = e.processSlug;
	switch (e.targetType) {
		case 'budget_project':
			return slug ? `/manage/budgets/${slug}/projects/${e.targetId}` : null;
		case 'budget_pool':
			return slug ? `/manage/budgets/${slug}/pools/${e.targetId}` : null;
		case 'idea':
			return `/ideas/${e.targetId}`;
		case 'meeting':
			return `/meetings/${e.targetId}`;
		case 'initiative_application':
			return slug ? `/initiatives/${slug}/applications/${e.targetId}` : null;
		case 'recommendation':
			return slug ? `/panels/${slug}` : null;
		case 'user':
			return '/admin/users';
	}
	if (!slug) return null;
	// The process itself (or a part of it without a page of its own): its management page.
	switch (e.mechanism) {
		case 'budget':
			return `/manage/budgets/${slug}`;
		case 'consultation':
			return `/manage/consultations/${slug}`;
		case 'panel':
			return `/manage/panels/${slug}`;
		case 'initiative':
			return `/manage/initiatives/${slug}`;
		default:
			return `/processes/${slug}`;
	}
}

/** Which process ids the person may read the log of: null = every entry (an admin). */
async function readableProcesses(ctx: ServiceContext): Promise<string[] | null> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (ctx.actor.role === 'admin') return null;
	if (ctx.actor.role !== 'official') throw new ForbiddenError();
	const rows = await ctx.db.select({ id: processOfficial.processId }).from(processOfficial).where(eq(processOfficial.userId, ctx.actor.id));
	return rows.map((r) => r.id);
}

/** The entries the person may read, newest first, filtered; and the choices for the filters. */
export async function auditTrail(ctx: ServiceContext, input: unknown) {
	const f = parseInput(auditFilterInput, input);
	const readable = await readableProcesses(ctx);
	const scope: SQL[] = [];
	if (readable) scope.push(readable.length ? inArray(auditLog.processId, readable) : sql`false`);
	const conds = [...scope];
	if (f.process) conds.push(eq(auditLog.processId, f.process));
	if (f.person) conds.push(eq(auditLog.actorId, f.person));
	if (f.action) conds.push(eq(auditLog.action, f.action));
	// Dates are Kraków's days (the log is read in Kraków's time).
	if (f.from) conds.push(gte(auditLog.createdAt, sql`(${f.from}::date::timestamp at time zone 'Europe/Warsaw')`));
	if (f.to) conds.push(lt(auditLog.createdAt, sql`((${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw')`));
	const rows = await ctx.db
		.select({ entry: auditLog, actorName: user.name, processTitle: process.title, processSlug: process.slug, mechanism: process.mechanism })
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.leftJoin(process, eq(process.id, auditLog.processId))
		.where(conds.length ? and(...conds) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(f.limit);
	const where = scope.length ? and(...scope) : undefined;
	const processes = await ctx.db
		.selectDistinct({ id: process.id, title: process.title })
		.from(auditLog)
		.innerJoin(process, eq(process.id, auditLog.processId))
		.where(where)
		.orderBy(asc(process.title));
	const people = await ctx.db
		.selectDistinct({ id: user.id, name: user.name })
		.from(auditLog)
		.innerJoin(user, eq(user.id, auditLog.actorId))
		.where(where)
		.orderBy(asc(user.name));
	const actions = await ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).where(where).orderBy(asc(auditLog.action));
	return {
		filter: f,
		entries: rows.map((r) => ({
			id: r.entry.id,
			createdAt: r.entry.createdAt,
			actorName: r.actorName,
			actorRole: r.entry.actorRole,
			action: r.entry.action,
			targetType: r.entry.targetType,
			processTitle: r.processTitle,
			reason: r.entry.reason,
			before: r.entry.before,
			after: r.entry.after,
			href: auditTargetHref({ targetType: r.entry.targetType, targetId: r.entry.targetId, processSlug: r.processSlug, mechanism: r.mechanism })
		})),
		choices: { processes, people, actions: actions.map((a) => a.action) }
	};
}
