import { z } from 'zod';
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { meeting, meetingRegistration } from '../meetings/schema';
import { process } from '../processes/schema';
import { SESSION_KINDS, panelMaterial, panelMember, panelSession } from './schema';
import { allow, inTx, loadPanel } from './common';
import { panelRules } from './permissions';
import { PANEL_SESSION_DESCRIPTION_MAX } from '../../limits';

const blank = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : v);

export const sessionInput = z
	.object({
		kind: z.enum(SESSION_KINDS, { error: 'kind_invalid' }),
		title: z.string().trim().min(3, 'title_too_short').max(200, 'title_too_long'),
		startsAt: z.coerce.date({ error: 'invalid_date' }),
		/** Optional; a session lasts 3 hours unless told otherwise. */
		endsAt: z.preprocess(blank, z.coerce.date({ error: 'invalid_date' }).optional()),
		place: z.string().trim().max(300).default(''),
		description: z.string().trim().max(PANEL_SESSION_DESCRIPTION_MAX).default('')
	})
	.refine((s) => !s.endsAt || s.endsAt > s.startsAt, { message: 'end_before_start', path: ['endsAt'] });

const SESSION_HOURS = 3;

/** Who a session is for: the monitoring panel's members for monitoring sessions, the panelists otherwise. */
const roleFor = (kind: (typeof SESSION_KINDS)[number]) => (kind === 'monitoring' ? 'monitor' : 'panelist');

/** A deliberation session of the panel: a meeting of the panel's process in the shared meetings
 * module (its page, iCal file, the calendar feed, reminders the day before), with the panel's
 * own kind and materials. The panel's members it is for are registered and told. */
export async function addSession(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(sessionInput, input);
	const endsAt = data.endsAt ?? new Date(data.startsAt.getTime() + SESSION_HOURS * 3_600_000);
	return inTx(ctx, async (tx) => {
		const { standing, process: proc } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const id = newId();
		const meetingId = newId();
		await tx.insert(meeting).values({ id: meetingId, processId, title: data.title, description: data.description, format: 'in_person', place: data.place, link: '', startsAt: data.startsAt, endsAt, capacity: null, createdBy: ctx.actor!.id, createdAt: ctx.now() });
		await tx.insert(panelSession).values({ id, processId, kind: data.kind, title: data.title, startsAt: data.startsAt, place: data.place, description: data.description, meetingId });
		await recordAudit(tx, ctx, { action: 'panel.session.add', targetType: 'panel', targetId: processId, after: { id, meetingId, ...data, endsAt } });
		const registered = await registerMembersForSessions(tx, processId, ctx.now(), { sessionIds: [id] });
		for (const userId of registered) await notify(tx, userId, 'panel_session', { processId, slug: proc.slug, title: data.title, meetingId, startsAt: data.startsAt.toISOString() }, { key: 'panel_session', params: { panel: proc.title, title: data.title, startsAt: data.startsAt, place: data.place }, link: `/meetings/${meetingId}` }, ctx.now());
		return id;
	});
}

/** Registers the panel's active members for its upcoming sessions' meetings (panelists for
 * learning, deliberation, drafting and voting; monitors for monitoring sessions), so that they
 * get the meeting's reminders. Idempotent; returns the people newly registered. */
export async function registerMembersForSessions(tx: Db, processId: string, now: Date, opts: { sessionIds?: string[]; userIds?: string[] } = {}): Promise<string[]> {
	const conds = [eq(panelSession.processId, processId), gt(panelSession.startsAt, now), isNull(meeting.cancelledAt)];
	if (opts.sessionIds) conds.push(inArray(panelSession.id, opts.sessionIds));
	const sessions = await tx.select({ kind: panelSession.kind, meetingId: meeting.id }).from(panelSession).innerJoin(meeting, eq(meeting.id, panelSession.meetingId)).where(and(...conds));
	if (!sessions.length) return [];
	const members = await tx.select({ userId: panelMember.userId, role: panelMember.role }).from(panelMember).where(and(eq(panelMember.processId, processId), eq(panelMember.active, true)));
	const added = new Set<string>();
	for (const s of sessions) {
		for (const mb of members) {
			if (mb.role !== roleFor(s.kind)) continue;
			if (opts.userIds && !opts.userIds.includes(mb.userId)) continue;
			const [existing] = await tx.select({ id: meetingRegistration.id, status: meetingRegistration.status }).from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, s.meetingId), eq(meetingRegistration.userId, mb.userId)));
			if (existing?.status === 'registered') continue;
			if (existing) await tx.update(meetingRegistration).set({ status: 'registered', createdAt: now, remindedAt: null }).where(eq(meetingRegistration.id, existing.id));
			else await tx.insert(meetingRegistration).values({ id: newId(), meetingId: s.meetingId, userId: mb.userId, status: 'registered', createdAt: now });
			added.add(mb.userId);
		}
	}
	return [...added];
}

/** A member leaves (a panelist drops out): their registrations for the upcoming sessions end, so
 * no more reminders. */
export async function unregisterFromSessions(tx: Db, processId: string, userId: string, now: Date, opts: { kinds?: (typeof SESSION_KINDS)[number][] } = {}): Promise<void> {
	const conds = [eq(panelSession.processId, processId), gt(panelSession.startsAt, now)];
	if (opts.kinds) conds.push(inArray(panelSession.kind, opts.kinds));
	const upcoming = await tx.select({ meetingId: panelSession.meetingId }).from(panelSession).where(and(...conds));
	const ids = upcoming.map((s) => s.meetingId).filter((x): x is string => !!x);
	if (ids.length) await tx.update(meetingRegistration).set({ status: 'cancelled' }).where(and(inArray(meetingRegistration.meetingId, ids), eq(meetingRegistration.userId, userId)));
}

/** The panel's sessions with their meeting (dates, place, cancellation) and materials. */
export async function listSessions(db: Db, processId: string) {
	const rows = await db
		.select({ s: panelSession, m: { id: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, link: meeting.link, cancelledAt: meeting.cancelledAt, title: meeting.title } })
		.from(panelSession)
		.leftJoin(meeting, eq(meeting.id, panelSession.meetingId))
		.where(eq(panelSession.processId, processId))
		.orderBy(asc(panelSession.startsAt));
	const materials = rows.length ? await db.select().from(panelMaterial).where(inArray(panelMaterial.sessionId, rows.map((r) => r.s.id))) : [];
	return rows.map(({ s, m }) => ({
		...s,
		// The meeting is the source of truth for when and where (the officials may move it there).
		title: m?.title ?? s.title,
		startsAt: m?.startsAt ?? s.startsAt,
		endsAt: m?.endsAt ?? null,
		place: m ? m.place : s.place,
		link: m?.link ?? '',
		cancelled: !!m?.cancelledAt,
		meetingId: m?.id ?? null,
		materials: materials.filter((x) => x.sessionId === s.id)
	}));
}

/** The panel a meeting belongs to, when it is one of its sessions (for the meeting page's link). */
export async function sessionOfMeeting(db: Db, meetingId: string) {
	const [row] = await db.select({ kind: panelSession.kind, slug: process.slug }).from(panelSession).innerJoin(process, eq(process.id, panelSession.processId)).where(eq(panelSession.meetingId, meetingId));
	return row ?? null;
}
