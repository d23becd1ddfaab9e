import { z } from 'zod';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { process, processOfficial } from '../processes/schema';
import { MAX_GROSZE, parseMoney } from '$lib/initiatives/money';
import { initiativeApplication, initiativeCriterion, initiativeMember, initiativePayment, initiativeProgramme } from './schema';
import { initiativeRules, type ApplicantSide } from './permissions';

export const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((txx) => fn(txx as unknown as Db));

export type Programme = typeof initiativeProgramme.$inferSelect;
export type Criterion = typeof initiativeCriterion.$inferSelect;
export type Application = typeof initiativeApplication.$inferSelect;
export type Member = typeof initiativeMember.$inferSelect;

/** An amount from a form (text as typed: "24 000,50" zł) or from code (a whole number of grosze). */
export const moneyField = (opts: { required?: boolean } = {}) =>
	z.unknown().optional().transform((v, ctx): number => {
		if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
			ctx.addIssue({ code: 'custom', message: 'initiatives_amount_invalid' });
			return 0;
		}
		if (typeof v === 'number') {
			if (!Number.isInteger(v) || v < 0 || v > MAX_GROSZE) ctx.addIssue({ code: 'custom', message: 'initiatives_amount_invalid' });
			return v;
		}
		const text = (v ?? '').trim();
		if (!text) {
			if (opts.required) ctx.addIssue({ code: 'custom', message: 'initiatives_amount_required' });
			return 0;
		}
		const parsed = parseMoney(text);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: parsed.error });
			return 0;
		}
		return parsed.grosze;
	});

/** A whole number typed in a form ("120", " 1 200 "), within limits. */
export const countField = (max: number, opts: { required?: boolean } = {}) =>
	z.unknown().optional().transform((v, ctx): number => {
		const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.replace(/[\s\u00a0\u202f]/g, '') : v === null || v === undefined ? '' : '?';
		if (!text) {
			if (opts.required) ctx.addIssue({ code: 'custom', message: 'initiatives_number_required' });
			return 0;
		}
		if (!/^\d+$/.test(text) || Number(text) > max) {
			ctx.addIssue({ code: 'custom', message: 'initiatives_number_invalid' });
			return 0;
		}
		return Number(text);
	});

/** Midnight of a calendar day in Kraków (Europe/Warsaw: UTC+1 in winter, UTC+2 in summer). */
export function warsawMidnight(day: string): Date {
	for (const offset of ['+01:00', '+02:00']) {
		const d = new Date(`${day}T00:00:00${offset}`);
		const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Warsaw' }).format(d);
		if (hour === '00') return d;
	}
	return new Date(`${day}T00:00:00+01:00`);
}

/** The calendar day (YYYY-MM-DD) of an instant in Kraków. */
export function warsawDay(d: Date): string {
	return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Warsaw' }).format(d);
}

/** A calendar day typed as YYYY-MM-DD (the date input's value). */
export const dayField = (message = 'initiatives_date_invalid') =>
	z
		.string({ error: message })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), message);

export async function officialIds(db: Db, processId: string): Promise<string[]> {
	const rows = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	return rows.map((r) => r.userId);
}

export async function programmeRow(db: Db, processId: string): Promise<Programme> {
	const [p] = await db.select().from(initiativeProgramme).where(eq(initiativeProgramme.processId, processId));
	if (!p) throw new NotFoundError('initiatives_programme_not_found');
	return p;
}

export async function criteriaOf(db: Db, processId: string): Promise<Criterion[]> {
	return db.select().from(initiativeCriterion).where(eq(initiativeCriterion.processId, processId)).orderBy(initiativeCriterion.position);
}

/** Who acts for an application: members with an account, and the representatives of the
 * organisation applying on the group's behalf (none until the organisations module says so). */
export async function applicantSide(db: Db, a: Pick<Application, 'id' | 'organisationId'>): Promise<ApplicantSide> {
	const members = await db.select({ userId: initiativeMember.userId }).from(initiativeMember).where(eq(initiativeMember.applicationId, a.id));
	return { memberIds: members.map((m) => m.userId).filter((x): x is string => !!x), representativeIds: [] };
}

/** Applications open to applications: published programme, between its dates. */
export function takingApplications(p: { status: string }, prog: Programme, now: Date): boolean {
	return p.status === 'published' && now >= prog.opensAt && now < prog.closesAt;
}

export interface PoolFigures {
	pool: number;
	/** Held by approved applications and signed agreements (completed ones: what was paid). */
	committed: number;
	paidOut: number;
	/** pool − committed: what new approvals can still take. */
	left: number;
}

export async function poolFigures(db: Db, processId: string, poolAmount?: number): Promise<PoolFigures> {
	const pool = poolAmount ?? (await programmeRow(db, processId)).poolAmount;
	const [c] = await db.select({ n: sql<string>`coalesce(sum(${initiativeApplication.committedAmount}), 0)` }).from(initiativeApplication).where(eq(initiativeApplication.processId, processId));
	const [p] = await db
		.select({ n: sql<string>`coalesce(sum(${initiativePayment.amount}), 0)` })
		.from(initiativePayment)
		.innerJoin(initiativeApplication, eq(initiativeApplication.id, initiativePayment.applicationId))
		.where(eq(initiativeApplication.processId, processId));
	const committed = Number(c?.n ?? 0);
	return { pool, committed, paidOut: Number(p?.n ?? 0), left: pool - committed };
}

/** Pool figures of several programmes at once (lists). */
export async function poolFiguresOf(db: Db, programmes: Pick<Programme, 'processId' | 'poolAmount'>[]): Promise<Map<string, PoolFigures>> {
	const out = new Map<string, PoolFigures>();
	if (!programmes.length) return out;
	const ids = programmes.map((p) => p.processId);
	const committed = await db.select({ id: initiativeApplication.processId, n: sql<string>`coalesce(sum(${initiativeApplication.committedAmount}), 0)` }).from(initiativeApplication).where(inArray(initiativeApplication.processId, ids)).groupBy(initiativeApplication.processId);
	const paid = await db
		.select({ id: initiativeApplication.processId, n: sql<string>`coalesce(sum(${initiativePayment.amount}), 0)` })
		.from(initiativePayment)
		.innerJoin(initiativeApplication, eq(initiativeApplication.id, initiativePayment.applicationId))
		.where(inArray(initiativeApplication.processId, ids))
		.groupBy(initiativeApplication.processId);
	for (const p of programmes) {
		const c = Number(committed.find((r) => r.id === p.processId)?.n ?? 0);
		out.set(p.processId, { pool: p.poolAmount, committed: c, paidOut: Number(paid.find((r) => r.id === p.processId)?.n ?? 0), left: p.poolAmount - c });
	}
	return out;
}

/** Locks the programme's row for the rest of the transaction, so that two approvals (or an
 * approval and an agreement) cannot both spend the same money. */
export async function lockProgramme(tx: Db, processId: string): Promise<Programme> {
	const [p] = await tx.select().from(initiativeProgramme).where(eq(initiativeProgramme.processId, processId)).for('update');
	if (!p) throw new NotFoundError('initiatives_programme_not_found');
	return p;
}

/** The programme behind a slug or id: process, rules, criteria and who runs it. Drafts only for
 * their officials. */
export async function loadProgramme(ctx: ServiceContext, db: Db, slugOrId: string) {
	const [p] = await db.select().from(process).where(and(eq(process.mechanism, 'initiative'), sql`(${process.slug} = ${slugOrId} or ${process.id} = ${slugOrId})`));
	if (!p) throw new NotFoundError('initiatives_programme_not_found');
	const officials = await officialIds(db, p.id);
	const canManage = initiativeRules.manage(ctx.actor, officials);
	if (p.status === 'draft' && !canManage) throw new NotFoundError('initiatives_programme_not_found');
	const programme = await programmeRow(db, p.id);
	return { process: p, programme, officials, canManage, criteria: await criteriaOf(db, p.id) };
}

export async function requireManager(ctx: ServiceContext, db: Db, processId: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const officials = await officialIds(db, processId);
	if (!initiativeRules.manage(ctx.actor, officials)) throw new ForbiddenError();
	return officials;
}

export async function applicationRow(db: Db, id: string): Promise<Application> {
	const [a] = await db.select().from(initiativeApplication).where(eq(initiativeApplication.id, id));
	if (!a) throw new NotFoundError('initiatives_application_not_found');
	return a;
}

/** The application and what the actor may do with it. A draft exists only for its group. */
export async function loadApplication(ctx: ServiceContext, db: Db, id: string) {
	const a = await applicationRow(db, id);
	const side = await applicantSide(db, a);
	const officials = await officialIds(db, a.processId);
	const canAct = initiativeRules.actForApplication(ctx.actor, side);
	const canManage = initiativeRules.manage(ctx.actor, officials);
	const canReadPrivate = initiativeRules.readPrivate(ctx.actor, side, officials);
	if (a.status === 'draft' && !(ctx.actor && (side.memberIds.includes(ctx.actor.id) || side.representativeIds.includes(ctx.actor.id)))) throw new NotFoundError('initiatives_application_not_found');
	return { application: a, side, officials, canAct, canManage, canReadPrivate };
}

/** Throws unless the actor may act for the application's group. */
export async function requireApplicant(ctx: ServiceContext, db: Db, id: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const l = await loadApplication(ctx, db, id);
	if (!l.canAct) throw new ForbiddenError();
	return l;
}

/** Throws unless the actor runs the application's programme. */
export async function requireApplicationManager(ctx: ServiceContext, db: Db, id: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const a = await applicationRow(db, id);
	if (a.status === 'draft') throw new NotFoundError('initiatives_application_not_found');
	const officials = await officialIds(db, a.processId);
	if (!initiativeRules.manage(ctx.actor, officials)) throw new ForbiddenError();
	return { application: a, officials };
}

/** The contribution's value: hours × the programme's rate, goods and money. */
export function contributionOf(a: Pick<Application, 'workHours' | 'goodsValue' | 'moneyAmount'>, rate: number) {
	const work = a.workHours * rate;
	return { work, goods: a.goodsValue, money: a.moneyAmount, total: work + a.goodsValue + a.moneyAmount };
}

/** Applications counted in the register (everything but drafts). */
export const notDraft = ne(initiativeApplication.status, 'draft');
