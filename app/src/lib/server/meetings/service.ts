import { z } from 'zod';
import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { user } from '../accounts/schema';
import { process, processOfficial } from '../processes/schema';
import { meeting, meetingRegistration, MEETING_FORMATS, type RegistrationStatus } from './schema';
import { meetingRules } from './permissions';
import { MEETING_DESCRIPTION_MAX, MEETING_MINUTES_MAX } from '../../limits';

type Tx = Db;
const inTx = <T>(db: Db, fn: (tx: Tx) => Promise<T>) => db.transaction((txx) => fn(txx as unknown as Tx));

async function officialsOf(db: Db, processId: string | null): Promise<string[]> {
	if (!processId) return [];
	const rows = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	return rows.map((r) => r.userId);
}

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);
const optionalUrl = z
	.string()
	.trim()
	.max(500)
	.refine((s) => s === '' || /^https?:\/\/[^\s<>"]+$/i.test(s), 'invalid_url')
	.default('');

export const meetingInput = z
	.object({
		processId: z.preprocess(blank, z.string().min(1).max(100).nullable()).default(null),
		title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
		description: z.string().trim().max(MEETING_DESCRIPTION_MAX).default(''),
		format: z.enum(MEETING_FORMATS, { error: 'required' }),
		place: z.string().trim().max(300).default(''),
		link: optionalUrl,
		districtId: z.preprocess(blank, z.coerce.number().int().min(1).max(18).nullable()).default(null),
		startsAt: z.coerce.date({ error: 'invalid_date' }),
		endsAt: z.coerce.date({ error: 'invalid_date' }),
		capacity: z.preprocess(blank, z.coerce.number({ error: 'invalid_number' }).int('invalid_number').min(1, 'invalid_number').max(100000, 'invalid_number').nullable()).default(null)
	})
	.refine((m) => m.endsAt > m.startsAt, { message: 'end_before_start', path: ['endsAt'] })
	.refine((m) => m.format === 'online' || m.place.length >= 3, { message: 'place_required', path: ['place'] })
	.refine((m) => m.format === 'in_person' || m.link.length > 0, { message: 'link_required', path: ['link'] });

/** Creates a meeting (for a process, by its officials; or standalone, by an official). */
export async function createMeeting(ctx: ServiceContext, input: unknown): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const data = parseInput(meetingInput, input);
	if (data.processId) {
		const [p] = await ctx.db.select({ id: process.id }).from(process).where(eq(process.id, data.processId));
		if (!p) throw new NotFoundError('process_not_found');
	}
	if (!meetingRules.create(ctx.actor, data.processId ? await officialsOf(ctx.db, data.processId) : null)) throw new ForbiddenError();
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		await tx.insert(meeting).values({ id, ...data, createdBy: ctx.actor!.id, createdAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'meeting.create', targetType: 'meeting', targetId: id, after: data });
	});
	return id;
}

async function loadForManage(ctx: ServiceContext, tx: Db, meetingId: string) {
	const [m] = await tx.select().from(meeting).where(eq(meeting.id, meetingId));
	if (!m) throw new NotFoundError('meeting_not_found');
	if (!meetingRules.manage(ctx.actor, m, await officialsOf(tx, m.processId))) throw new ForbiddenError();
	return m;
}

export const recordInput = z.object({
	minutes: z.string().trim().max(MEETING_MINUTES_MAX).default(''),
	photos: z
		.array(
			z.object({
				url: z.string().trim().max(500).regex(/^(https?:\/\/|\/)[^\s<>"]+$/i, 'invalid_url'),
				alt: z.string().trim().min(3, 'alt_required').max(300)
			})
		)
		.max(20)
		.default([])
});

/** Minutes and photos after the meeting. */
export async function recordMeetingOutcome(ctx: ServiceContext, meetingId: string, input: unknown) {
	const data = parseInput(recordInput, input);
	await inTx(ctx.db, async (tx) => {
		const before = await loadForManage(ctx, tx, meetingId);
		await tx.update(meeting).set({ minutes: data.minutes || null, photos: data.photos }).where(eq(meeting.id, meetingId));
		await recordAudit(tx, ctx, { action: 'meeting.record', targetType: 'meeting', targetId: meetingId, before: { minutes: before.minutes, photos: before.photos }, after: data });
	});
}

/** Registers the person: a seat while there is one, otherwise the waiting list. The meeting row
 * is locked so that two people never take the last seat together. Registering again is harmless. */
export async function registerForMeeting(ctx: ServiceContext, meetingId: string): Promise<RegistrationStatus> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!meetingRules.register(ctx.actor)) throw new ForbiddenError();
	const actorId = ctx.actor.id;
	return inTx(ctx.db, async (tx) => {
		const [m] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).for('update');
		if (!m) throw new NotFoundError('meeting_not_found');
		if (m.cancelledAt || m.endsAt <= ctx.now()) throw new ConflictError('registration_closed', { meeting: 'registration_closed' });
		const [mine] = await tx.select().from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.userId, actorId)));
		if (mine && mine.status !== 'cancelled') return mine.status;
		const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.status, 'registered')));
		const status: RegistrationStatus = m.capacity === null || n < m.capacity ? 'registered' : 'waiting';
		if (mine) await tx.update(meetingRegistration).set({ status, createdAt: ctx.now(), remindedAt: null }).where(eq(meetingRegistration.id, mine.id));
		else await tx.insert(meetingRegistration).values({ id: newId(), meetingId, userId: actorId, status, createdAt: ctx.now() });
		return status;
	});
}

/** Cancels the person's registration; a freed seat goes to the first on the waiting list, who is told. */
export async function cancelRegistration(ctx: ServiceContext, meetingId: string): Promise<void> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const actorId = ctx.actor.id;
	await inTx(ctx.db, async (tx) => {
		const [m] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).for('update');
		if (!m) throw new NotFoundError('meeting_not_found');
		const [mine] = await tx.select().from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.userId, actorId)));
		if (!mine || mine.status === 'cancelled') return;
		await tx.update(meetingRegistration).set({ status: 'cancelled' }).where(eq(meetingRegistration.id, mine.id));
		if (mine.status !== 'registered') return;
		const [next] = await tx.select().from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.status, 'waiting'))).orderBy(asc(meetingRegistration.createdAt), asc(meetingRegistration.id)).limit(1);
		if (next) {
			await tx.update(meetingRegistration).set({ status: 'registered' }).where(eq(meetingRegistration.id, next.id));
			await notify(tx, next.userId, 'meeting_seat', { meetingId, title: m.title }, { key: 'meeting_seat', params: { title: m.title, startsAt: m.startsAt }, link: `/meetings/${meetingId}` }, ctx.now());
		}
	});
}

/** Reminders for registered people of meetings starting within `withinHours`; each once. */
export async function sendMeetingReminders(db: Db, now: Date, withinHours = 24): Promise<number> {
	const until = new Date(now.getTime() + withinHours * 3_600_000);
	const due = await db
		.select({ id: meetingRegistration.id, userId: meetingRegistration.userId, meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, link: meeting.link })
		.from(meetingRegistration)
		.innerJoin(meeting, eq(meeting.id, meetingRegistration.meetingId))
		.where(and(eq(meetingRegistration.status, 'registered'), isNull(meetingRegistration.remindedAt), isNull(meeting.cancelledAt), gte(meeting.startsAt, now), lte(meeting.startsAt, until)));
	for (const r of due) {
		await inTx(db, async (tx) => {
			const done = await tx.update(meetingRegistration).set({ remindedAt: now }).where(and(eq(meetingRegistration.id, r.id), isNull(meetingRegistration.remindedAt))).returning({ id: meetingRegistration.id });
			if (!done.length) return; // another instance sent it
			const where = [r.place, r.link].filter(Boolean).join(' · ');
			await notify(tx, r.userId, 'meeting_reminder', { meetingId: r.meetingId, title: r.title, startsAt: r.startsAt.toISOString() }, { key: 'meeting_reminder', params: { title: r.title, startsAt: r.startsAt, where }, link: `/meetings/${r.meetingId}` }, now);
		});
	}
	return due.length;
}

export interface MeetingView {
	id: string;
	processId: string | null;
	processSlug: string | null;
	processTitle: string | null;
	/** The process's mechanism ('consultation', 'panel', …), for links to it. */
	processMechanism: string | null;
	title: string;
	description: string;
	format: string;
	place: string;
	link: string;
	districtId: number | null;
	startsAt: Date;
	endsAt: Date;
	capacity: number | null;
	registered: number;
	waiting: number;
	minutes: string | null;
	photos: { url: string; alt: string }[];
	cancelled: boolean;
	createdAt: Date;
}

async function views(db: Db, rows: (typeof meeting.$inferSelect)[]): Promise<MeetingView[]> {
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const counts = await db.select({ meetingId: meetingRegistration.meetingId, status: meetingRegistration.status, n: sql<number>`count(*)::int` }).from(meetingRegistration).where(inArray(meetingRegistration.meetingId, ids)).groupBy(meetingRegistration.meetingId, meetingRegistration.status);
	const pids = [...new Set(rows.map((r) => r.processId).filter((x): x is string => !!x))];
	const procs = pids.length ? await db.select({ id: process.id, slug: process.slug, title: process.title, mechanism: process.mechanism }).from(process).where(inArray(process.id, pids)) : [];
	return rows.map((r) => {
		const p = procs.find((x) => x.id === r.processId);
		const c = (s: string) => counts.find((x) => x.meetingId === r.id && x.status === s)?.n ?? 0;
		return {
			id: r.id,
			processId: r.processId,
			processSlug: p?.slug ?? null,
			processTitle: p?.title ?? null,
			processMechanism: p?.mechanism ?? null,
			title: r.title,
			description: r.description,
			format: r.format,
			place: r.place,
			link: r.link,
			districtId: r.districtId,
			startsAt: r.startsAt,
			endsAt: r.endsAt,
			capacity: r.capacity,
			registered: c('registered'),
			waiting: c('waiting'),
			minutes: r.minutes,
			photos: r.photos,
			cancelled: !!r.cancelledAt,
			createdAt: r.createdAt
		};
	});
}

/** Public meetings (of public processes, or standalone), soonest first; `upcoming` hides past ones. */
export async function listMeetings(ctx: ServiceContext, filter: { processId?: string; upcoming?: boolean } = {}) {
	const conds = [sql`(${meeting.processId} is null or exists (select 1 from ${process} where ${process.id} = ${meeting.processId} and ${process.status} <> 'draft'))`];
	if (filter.processId) conds.push(eq(meeting.processId, filter.processId));
	if (filter.upcoming) conds.push(gte(meeting.endsAt, ctx.now()));
	const rows = await ctx.db.select().from(meeting).where(and(...conds)).orderBy(asc(meeting.startsAt));
	return views(ctx.db, rows);
}

/** Every meeting of a process, for its officials (drafts included). */
export async function listProcessMeetings(db: Db, processId: string) {
	return views(db, await db.select().from(meeting).where(eq(meeting.processId, processId)).orderBy(asc(meeting.startsAt)));
}

export async function getMeeting(ctx: ServiceContext, meetingId: string) {
	const [row] = await ctx.db.select().from(meeting).where(eq(meeting.id, meetingId));
	if (!row) throw new NotFoundError('meeting_not_found');
	const officials = await officialsOf(ctx.db, row.processId);
	const canManage = meetingRules.manage(ctx.actor, row, officials);
	if (row.processId && !canManage) {
		const [p] = await ctx.db.select({ status: process.status }).from(process).where(eq(process.id, row.processId));
		if (p?.status === 'draft') throw new NotFoundError('meeting_not_found');
	}
	const [view] = await views(ctx.db, [row]);
	let myStatus: RegistrationStatus | null = null;
	let waitingPosition: number | null = null;
	if (ctx.actor) {
		const [mine] = await ctx.db.select().from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.userId, ctx.actor.id)));
		myStatus = mine?.status ?? null;
		if (mine?.status === 'waiting') {
			const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, meetingId), eq(meetingRegistration.status, 'waiting'), sql`(${meetingRegistration.createdAt}, ${meetingRegistration.id}) <= (${mine.createdAt.toISOString()}::timestamptz, ${mine.id})`));
			waitingPosition = n;
		}
	}
	return { ...view, canManage, myStatus, waitingPosition, past: row.endsAt <= ctx.now() };
}

/** The people registered and waiting, for the meeting's organisers only. */
export async function meetingRegistrations(ctx: ServiceContext, meetingId: string) {
	await loadForManage(ctx, ctx.db, meetingId);
	return ctx.db
		.select({ name: user.name, status: meetingRegistration.status, createdAt: meetingRegistration.createdAt })
		.from(meetingRegistration)
		.innerJoin(user, eq(user.id, meetingRegistration.userId))
		.where(and(eq(meetingRegistration.meetingId, meetingId), inArray(meetingRegistration.status, ['registered', 'waiting'])))
		.orderBy(asc(meetingRegistration.createdAt));
}

export async function myMeetingRegistrations(db: Db, userId: string) {
	return db.select({ meetingId: meetingRegistration.meetingId, status: meetingRegistration.status, createdAt: meetingRegistration.createdAt }).from(meetingRegistration).where(eq(meetingRegistration.userId, userId));
}
