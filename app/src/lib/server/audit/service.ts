import { desc, eq, and } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db, Tx } from '../db/client';
import { ForbiddenError } from '../core/errors';
import { auditLog } from './schema';
import { canReadAudit } from './permissions';

export interface AuditEntry {
	action: string;
	targetType: string;
	targetId: string;
	before?: unknown;
	after?: unknown;
	/** The process the change belongs to; defaults to the target for targets that are processes
	 * ('process', and 'panel', whose id is its process's). */
	processId?: string | null;
	/** The reason the person gave (guarded actions ask for one). */
	reason?: string | null;
}

/** Target types whose id is a process id. */
const PROCESS_TARGETS = new Set(['process', 'panel']);

/** Records an official, moderator or admin action. Call inside the same transaction as the change. */
export async function recordAudit(db: Db | Tx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorId: ctx.actor?.id ?? null,
		actorRole: ctx.actor?.role ?? 'system',
		action: entry.action,
		targetType: entry.targetType,
		targetId: entry.targetId,
		before: entry.before ?? null,
		after: entry.after ?? null,
		processId: entry.processId ?? (PROCESS_TARGETS.has(entry.targetType) ? entry.targetId : null),
		reason: entry.reason ?? null,
		createdAt: ctx.now()
	});
}

export async function listAudit(
	ctx: ServiceContext,
	filter: { targetType?: string; targetId?: string; limit?: number } = {}
) {
	if (!canReadAudit(ctx.actor)) throw new ForbiddenError();
	const conds = [];
	if (filter.targetType) conds.push(eq(auditLog.targetType, filter.targetType));
	if (filter.targetId) conds.push(eq(auditLog.targetId, filter.targetId));
	return ctx.db
		.select()
		.from(auditLog)
		.where(conds.length ? and(...conds) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(Math.min(filter.limit ?? 200, 1000));
}
