import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { migrationsFolder } from '../db/client';
import { newId } from '../core/ids';
import { panelSession } from './schema';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { meetingRegistration } from '../meetings/schema';
import { getMeeting, listMeetings, sendMeetingReminders } from '../meetings/service';
import { panelMember } from './schema';
import { addSession, createPanel, listSessions, registerMembersForSessions, unregisterFromSessions } from './service';

const H = 3_600_000;

// Panel sessions are meetings of the panel's process in the shared meetings module: the meeting
// page, iCal and feed, and the reminders reach the panel's members.
describe.each(backends)('panel sessions on the meetings module on %s', (kind) => {
	let t: TestDatabase;
	const clock = new Date('2027-04-01T08:00:00Z');
	const now = () => clock;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	it('a session is a meeting; members are registered, told and reminded; drop-outs are not', async () => {
		const official = await t.user('official');
		const resident = await t.user('resident');
		const [p1, p2, mon, out] = [await t.user('resident'), await t.user('resident'), await t.user('resident'), await t.user('resident')];
		const as = t.ctx(official, now);
		const { id } = await createPanel(as, { title: 'Panel spotkań', description: 'Panel do sprawdzania spotkań.', question: 'Jak oszczędzać energię w Krakowie?', size: 2, reserves: 0 });
		await t.db.insert(panelMember).values([
			{ processId: id, userId: p1.id, role: 'panelist', active: true },
			{ processId: id, userId: p2.id, role: 'panelist', active: true },
			{ processId: id, userId: out.id, role: 'panelist', active: false },
			{ processId: id, userId: mon.id, role: 'monitor', active: true }
		]);

		const startsAt = new Date(clock.getTime() + 48 * H);
		await expect(addSession(t.ctx(resident, now), id, { kind: 'learning', title: 'Spotkanie z ekspertami', startsAt })).rejects.toMatchObject({ status: 403 });
		await expect(addSession(as, id, { kind: 'learning', title: 'Spotkanie z ekspertami', startsAt, endsAt: new Date(startsAt.getTime() - H) })).rejects.toMatchObject({ status: 400, fields: { endsAt: 'end_before_start' } });
		const s1 = await addSession(as, id, { kind: 'learning', title: 'Spotkanie z ekspertami', startsAt, place: 'Urząd Miasta, sala obrad' });
		const s2 = await addSession(as, id, { kind: 'monitoring', title: 'Przegląd realizacji', startsAt: new Date(startsAt.getTime() + 24 * H), endsAt: new Date(startsAt.getTime() + 26 * H), place: 'Urząd Miasta' });

		// The meeting: in the process's public list (and so in the calendar feed), 3 hours by default.
		const sessions = await listSessions(t.db, id);
		expect(sessions.map((s) => [s.id, s.kind, s.endsAt!.getTime() - s.startsAt.getTime()])).toEqual([
			[s1, 'learning', 3 * H],
			[s2, 'monitoring', 2 * H]
		]);
		const meetingId = sessions[0].meetingId!;
		const m1 = await getMeeting(t.ctx(p1, now), meetingId);
		expect(m1).toMatchObject({ processId: id, processMechanism: 'panel', title: 'Spotkanie z ekspertami', place: 'Urząd Miasta, sala obrad', format: 'in_person', myStatus: 'registered', registered: 2 });
		expect((await listMeetings(t.ctx(null, now), { processId: id })).map((m) => m.id)).toEqual([meetingId, sessions[1].meetingId]);
		expect((await getMeeting(t.ctx(mon, now), sessions[1].meetingId!)).myStatus).toBe('registered');
		expect((await getMeeting(t.ctx(mon, now), meetingId)).myStatus).toBeNull();
		expect((await getMeeting(t.ctx(out, now), meetingId)).myStatus).toBeNull();
		const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'panel.session.add')));
		expect(audits).toHaveLength(2);

		// Told when it is scheduled; reminded the day before by the meetings module's job.
		const told = await t.db.select().from(notification).where(eq(notification.kind, 'panel_session'));
		expect(told.map((n) => n.userId).sort()).toEqual([p1.id, p2.id, mon.id].sort());
		expect(await sendMeetingReminders(t.db, new Date(startsAt.getTime() - 12 * H))).toBe(2);
		expect(await sendMeetingReminders(t.db, new Date(startsAt.getTime() + 12 * H))).toBe(1);
		const reminded = await t.db.select().from(notification).where(eq(notification.kind, 'meeting_reminder'));
		expect(reminded.map((n) => n.userId).sort()).toEqual([p1.id, p2.id, mon.id].sort());

		// A drop-out leaves the upcoming sessions; a new panelist joins them (idempotently).
		await unregisterFromSessions(t.db, id, p2.id, clock);
		expect((await getMeeting(t.ctx(p2, now), meetingId)).myStatus).toBe('cancelled');
		await t.db.update(panelMember).set({ active: true }).where(and(eq(panelMember.userId, out.id), eq(panelMember.processId, id)));
		expect(await registerMembersForSessions(t.db, id, clock, { userIds: [out.id] })).toEqual([out.id]);
		expect(await registerMembersForSessions(t.db, id, clock, { userIds: [out.id] })).toEqual([]);
		expect((await getMeeting(t.ctx(out, now), meetingId)).myStatus).toBe('registered');
		// Past sessions take no new registrations.
		expect(await registerMembersForSessions(t.db, id, new Date(startsAt.getTime() + 100 * H))).toEqual([]);
		const regs = await t.db.select().from(meetingRegistration).where(eq(meetingRegistration.meetingId, meetingId));
		expect(regs.filter((r) => r.status === 'registered').map((r) => r.userId).sort()).toEqual([p1.id, out.id].sort());
	});

	it('migration 0005 turns sessions made before it into meetings and registers the panelists for upcoming ones', async () => {
		const official = await t.user('official');
		const [p1, mon] = [await t.user('resident'), await t.user('resident')];
		const { id } = await createPanel(t.ctx(official, now), { title: 'Panel sprzed migracji', description: 'Panel z sesjami sprzed migracji.', question: 'Jak oszczędzać energię w Krakowie?', size: 2, reserves: 0 });
		await t.db.insert(panelMember).values([
			{ processId: id, userId: p1.id, role: 'panelist', active: true },
			{ processId: id, userId: mon.id, role: 'monitor', active: true }
		]);
		// Sessions as the panel kept them before the meetings module: no meeting.
		const future = newId();
		const past = newId();
		await t.db.insert(panelSession).values([
			{ id: future, processId: id, kind: 'deliberation', title: 'Obrady sprzed migracji', startsAt: new Date(Date.now() + 30 * 24 * H), place: 'Urząd' },
			{ id: past, processId: id, kind: 'learning', title: 'Wykład sprzed migracji', startsAt: new Date(Date.now() - 30 * 24 * H), place: '' }
		]);
		const file = readFileSync(join(migrationsFolder(), '0005_panels_sessions_meetings.sql'), 'utf8');
		const backfill = file.split('--> statement-breakpoint').map((x) => x.trim()).filter((x) => !x.startsWith('ALTER TABLE'));
		expect(backfill).toHaveLength(3);
		for (const statement of backfill) await t.db.execute(sql.raw(statement));
		const sessions = await listSessions(t.db, id);
		expect(sessions.map((s) => [s.title, s.meetingId, s.endsAt!.getTime() - s.startsAt.getTime()])).toEqual([
			['Wykład sprzed migracji', `ps-${past}`, 3 * H],
			['Obrady sprzed migracji', `ps-${future}`, 3 * H]
		]);
		const regs = await t.db.select().from(meetingRegistration).where(eq(meetingRegistration.meetingId, `ps-${future}`));
		expect(regs.map((r) => [r.userId, r.status])).toEqual([[p1.id, 'registered']]);
		expect(await t.db.select().from(meetingRegistration).where(eq(meetingRegistration.meetingId, `ps-${past}`))).toEqual([]);
	});
});
