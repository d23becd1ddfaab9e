import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../core/errors';
import { process, processOfficial } from '../processes/schema';
import { consultation, type AgeBand } from './schema';
import { consultationRules } from './permissions';

export const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((txx) => fn(txx as unknown as Db));

export async function officialIds(db: Db, processId: string): Promise<string[]> {
	const rows = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	return rows.map((r) => r.userId);
}

export type Settings = typeof consultation.$inferSelect;
export const defaultSettings = (processId: string): Settings => ({
	processId,
	targetDistricts: [],
	targetAgeBands: [],
	targetStakeholders: [],
	forms: [],
	infoStartsAt: null,
	startsAt: null,
	endsAt: null,
	reportDueAt: null,
	durationOverrideReason: null,
	surveyAnonymous: false,
	surveyIntro: '',
	decision: null,
	reportPublishedAt: null,
	updatedAt: new Date(0)
});

/** The consultation's process and settings; drafts only for their officials. */
export async function loadConsultation(ctx: ServiceContext, db: Db, processId: string) {
	const [p] = await db.select().from(process).where(eq(process.id, processId));
	if (!p || p.mechanism !== 'consultation') throw new NotFoundError('consultation_not_found');
	const officials = await officialIds(db, processId);
	const canManage = consultationRules.manage(ctx.actor, officials);
	if (p.status === 'draft' && !canManage) throw new NotFoundError('consultation_not_found');
	const [s] = await db.select().from(consultation).where(eq(consultation.processId, processId));
	return { process: p, settings: s ?? defaultSettings(processId), officials, canManage };
}

export async function requireManager(ctx: ServiceContext, db: Db, processId: string) {
	const c = await loadConsultation(ctx, db, processId);
	if (!c.canManage) throw new ForbiddenError();
	return c;
}

export async function ensureSettingsRow(db: Db, processId: string) {
	await db.insert(consultation).values({ processId }).onConflictDoNothing();
}

/** Residents take part while the process is published and (if dates are set) the consultation
 * runs: from its start to its end. */
export function isOpen(p: { status: string }, s: Pick<Settings, 'startsAt' | 'endsAt'>, now: Date): boolean {
	if (p.status !== 'published') return false;
	if (s.startsAt && now < s.startsAt) return false;
	if (s.endsAt && now >= s.endsAt) return false;
	return true;
}

export function ageBandOf(birthYear: number | null | undefined, now: Date): AgeBand | null {
	if (!birthYear) return null;
	const age = now.getUTCFullYear() - birthYear;
	if (age < 18) return 'under_18';
	if (age < 30) return '18_29';
	if (age < 45) return '30_44';
	if (age < 60) return '45_59';
	if (age < 75) return '60_74';
	return '75_plus';
}

/** Where a consultation stands: information campaign, open, closed (report due), reported. */
export function stageOf(p: { status: string }, s: Settings, now: Date): 'draft' | 'upcoming' | 'information' | 'open' | 'closed' | 'reported' {
	if (p.status === 'draft') return 'draft';
	if (s.reportPublishedAt) return 'reported';
	if (p.status === 'closed') return 'closed';
	if (s.startsAt && now < s.startsAt) return s.infoStartsAt && now >= s.infoStartsAt ? 'information' : 'upcoming';
	if (s.endsAt && now >= s.endsAt) return 'closed';
	return 'open';
}
