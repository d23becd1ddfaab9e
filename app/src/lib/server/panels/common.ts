import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { process, processOfficial } from '../processes/schema';
import { panel, panelMember } from './schema';
import { panelRules, type PanelStanding } from './permissions';

export type PanelRow = typeof panel.$inferSelect;
export type ProcessRow = typeof process.$inferSelect;

/** Runs `fn` in a transaction, typed as a Db like the other modules do. */
export function inTx<T>(ctx: ServiceContext, fn: (tx: Db) => Promise<T>): Promise<T> {
	return ctx.db.transaction(async (txx) => fn(txx as unknown as Db));
}

export async function standingOf(db: Db, actorId: string | null | undefined, processId: string): Promise<PanelStanding> {
	const officials = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	const roles = actorId
		? (await db.select({ role: panelMember.role }).from(panelMember).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, actorId), eq(panelMember.active, true)))).map((r) => r.role)
		: [];
	return { officialIds: officials.map((o) => o.userId), roles };
}

/** A panel with its process; drafts are visible only to the officials who run them. */
export async function loadPanel(db: Db, ctx: ServiceContext, processId: string) {
	const [row] = await db.select({ panel, process }).from(panel).innerJoin(process, eq(process.id, panel.processId)).where(eq(panel.processId, processId));
	if (!row) throw new NotFoundError('panel_not_found');
	const standing = await standingOf(db, ctx.actor?.id, processId);
	if (row.process.status === 'draft' && !panelRules.manage(ctx.actor, standing)) throw new NotFoundError('panel_not_found');
	return { ...row, standing };
}

export async function panelIdBySlug(db: Db, slug: string): Promise<string> {
	const [row] = await db.select({ id: panel.processId }).from(panel).innerJoin(process, eq(process.id, panel.processId)).where(eq(process.slug, slug));
	if (!row) throw new NotFoundError('panel_not_found');
	return row.id;
}

/** Throws 401 for anonymous visitors and 403 for everyone else the rule refuses. */
export function allow(ctx: ServiceContext, ok: boolean): void {
	if (ok) return;
	if (!ctx.actor) throw new UnauthenticatedError();
	throw new ForbiddenError();
}
