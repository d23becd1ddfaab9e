import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { createProcess } from '../processes/service';
import { notification } from '../notifications/schema';
import { auditLog } from '../audit/schema';
import { meetingRules } from './permissions';
import { icalendar, fold, escapeText } from './ical';
import { cancelRegistration, createMeeting, getMeeting, listMeetings, meetingRegistrations, recordMeetingOutcome, registerForMeeting, sendMeetingReminders } from './service';

const NOW = new Date('2026-06-10T10:00:00Z');
const H = 3_600_000;
const iso = (h: number) => new Date(NOW.getTime() + h * H).toISOString();

describe('meeting rules and iCal (pure)', () => {
	it('officials of the process or the creator manage; admins all; residents never', () => {
		const off: Actor = { id: 'o', role: 'official', emailVerified: true };
		expect(meetingRules.manage(off, { createdBy: null }, ['o'])).toBe(true);
		expect(meetingRules.manage(off, { createdBy: 'o' }, [])).toBe(true);
		expect(meetingRules.manage(off, { createdBy: 'x' }, ['x'])).toBe(false);
		expect(meetingRules.manage({ id: 'r', role: 'resident', emailVerified: true }, { createdBy: 'r' }, ['r'])).toBe(false);
		expect(meetingRules.manage({ id: 'a', role: 'admin', emailVerified: true }, { createdBy: null }, [])).toBe(true);
		expect(meetingRules.create(off, ['x'])).toBe(false);
		expect(meetingRules.create({ id: 'm', role: 'moderator', emailVerified: true }, null)).toBe(false);
		expect(meetingRules.register(null)).toBe(false);
	});
	it('escapes and folds iCalendar text', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const long = 'DESCRIPTION:' + 'ż'.repeat(60);
		for (const l of fold(long).split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
		const ics = icalendar([{ id: 'x', title: 'Spotkanie, ważne', description: '', startsAt: NOW, endsAt: NOW, location: 'Kraków', url: 'http://x/meetings/x', updatedAt: NOW }], 'Test');
		expect(ics).toContain('BEGIN:VEVENT\r\nUID:x@decydujemy\r\n');
		expect(ics).toContain('SUMMARY:Spotkanie\\, ważne');
		expect(ics).toContain('DTSTART:20260610T100000Z');
	});
});

describe.each(backends)('meetings on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let people: NonNullable<Actor>[];
	let processId: string;
	let tick = 0;
	// Each call a millisecond later, so that arrival order is well defined.
	const ctx = (a: Actor) => t.ctx(a, () => new Date(NOW.getTime() + ++tick));
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official');
		people = [];
		for (let i = 0; i < 4; i++) people.push(await t.user('resident', `Osoba ${i}`));
		processId = (await createProcess(ctx(official), { mechanism: 'consultation', title: 'Proces ze spotkaniami', description: 'Opis procesu ze spotkaniami.' }, { publish: true })).id;
	});
	afterAll(() => t?.drop());

	it('validates the meeting and checks who creates it', async () => {
		const base = { processId, title: 'Warsztaty zieleni', format: 'hybrid', place: 'Centrum Obywatelskie', link: 'https://meet.example.org/x', startsAt: iso(20), endsAt: iso(22), capacity: '2' };
		await expect(createMeeting(ctx(people[0]), base)).rejects.toMatchObject({ status: 403 });
		await expect(createMeeting(ctx(null), base)).rejects.toMatchObject({ status: 401 });
		await expect(createMeeting(ctx(official), { ...base, link: 'javascript:alert(1)' })).rejects.toMatchObject({ status: 400, fields: { link: 'invalid_url' } });
		await expect(createMeeting(ctx(official), { ...base, format: 'in_person', place: '' })).rejects.toMatchObject({ status: 400, fields: { place: 'place_required' } });
		await expect(createMeeting(ctx(official), { ...base, endsAt: iso(19) })).rejects.toMatchObject({ status: 400, fields: { endsAt: 'end_before_start' } });
		await expect(createMeeting(ctx(official), { ...base, capacity: 'many' })).rejects.toMatchObject({ status: 400, fields: { capacity: 'invalid_number' } });
		const id = await createMeeting(ctx(official), base);
		expect((await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'meeting.create')))).length).toBe(1);
	});

	it('keeps the language its title and description are written in (Polish when not said); refuses one the platform does not speak', async () => {
		const base = { processId, title: 'Green workshop', description: 'We plant trees together.', format: 'in_person', place: 'Civic Centre', startsAt: iso(30), endsAt: iso(32) };
		const en = await createMeeting(ctx(official), { ...base, lang: 'en' });
		const pl = await createMeeting(ctx(official), { ...base, title: 'Warsztaty drzew' });
		expect((await getMeeting(ctx(null), en)).lang).toBe('en');
		expect((await getMeeting(ctx(null), pl)).lang).toBe('pl');
		await expect(createMeeting(ctx(official), { ...base, lang: 'de' })).rejects.toMatchObject({ status: 400, fields: { lang: 'content_lang_invalid' } });
	});

	it('the last seat is taken once even in a race; then the waiting list; a cancellation promotes the first waiting', async () => {
		const id = await createMeeting(ctx(official), { processId, title: 'Spotkanie z limitem', format: 'in_person', place: 'Centrum Obywatelskie', startsAt: iso(10), endsAt: iso(12), capacity: '2' });
		expect(await registerForMeeting(ctx(people[0]), id)).toBe('registered');
		const race = await Promise.all([registerForMeeting(ctx(people[1]), id), registerForMeeting(ctx(people[2]), id)]);
		expect(race.sort()).toEqual(['registered', 'waiting']);
		expect(await registerForMeeting(ctx(people[3]), id)).toBe('waiting');
		expect(await registerForMeeting(ctx(people[3]), id)).toBe('waiting'); // idempotent
		const m = await getMeeting(ctx(people[3]), id);
		expect(m).toMatchObject({ registered: 2, waiting: 2, myStatus: 'waiting', waitingPosition: 2 });
		const waitingFirst = race[0] === 'waiting' ? people[1] : people[2];
		await cancelRegistration(ctx(people[0]), id);
		expect((await getMeeting(ctx(waitingFirst), id)).myStatus).toBe('registered');
		const n = await t.db.select().from(notification).where(and(eq(notification.userId, waitingFirst.id), eq(notification.kind, 'meeting_seat')));
		expect(n).toHaveLength(1);
		expect((await getMeeting(ctx(people[3]), id)).waitingPosition).toBe(1);
		await expect(meetingRegistrations(ctx(people[3]), id)).rejects.toMatchObject({ status: 403 });
		expect((await meetingRegistrations(ctx(official), id)).length).toBe(3);
		// Reminders: once per registration, only for seats.
		expect(await sendMeetingReminders(t.db, NOW)).toBeGreaterThanOrEqual(2);
		expect(await sendMeetingReminders(t.db, NOW)).toBe(0);
	});

	it('minutes and photos afterwards: organisers only; the list is public', async () => {
		const id = await createMeeting(ctx(official), { processId, title: 'Spotkanie online', format: 'online', link: 'https://meet.example.org/y', startsAt: iso(-5), endsAt: iso(-4) });
		await expect(recordMeetingOutcome(ctx(people[0]), id, { minutes: 'x' })).rejects.toMatchObject({ status: 403 });
		await expect(recordMeetingOutcome(ctx(official), id, { minutes: 'Notatka', photos: [{ url: 'javascript:x', alt: 'Zdjęcie' }] })).rejects.toMatchObject({ status: 400 });
		await recordMeetingOutcome(ctx(official), id, { minutes: 'Rozmawialiśmy o drzewach.', photos: [{ url: 'https://example.org/a.jpg', alt: 'Uczestnicy przy mapie' }] });
		await expect(registerForMeeting(ctx(people[0]), id)).rejects.toMatchObject({ status: 409 });
		const all = await listMeetings(ctx(null));
		expect(all.find((m) => m.id === id)).toMatchObject({ minutes: 'Rozmawialiśmy o drzewach.', photos: [{ alt: 'Uczestnicy przy mapie' }] });
		expect((await listMeetings(ctx(null), { upcoming: true })).find((m) => m.id === id)).toBeUndefined();
	});
});
