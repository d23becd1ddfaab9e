import { index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';

export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A meeting, workshop or talk: shared by consultations, panels and partners. It may belong to
 * a process (processId) and is run by the process's officials or by its creator. */
export const meeting = pgTable(
	'meeting',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		processId: text('process_id').references(() => process.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		format: text('format').$type<MeetingFormat>().notNull(),
		place: text('place').notNull().default(''),
		link: text('link').notNull().default(''),
		districtId: integer('district_id'),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** null = no limit */
		capacity: integer('capacity'),
		minutes: text('minutes'),
		/** Photos afterwards: addresses and their descriptions (alt text). */
		photos: jsonb('photos').$type<{ url: string; alt: string }[]>().notNull().default([]),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('meeting_process_idx').on(t.processId), index('meeting_starts_idx').on(t.startsAt)]
);

/** One registration per person and meeting (database constraint); the waiting list is the
 * registrations with status 'waiting', in order of arrival. */
export const meetingRegistration = pgTable(
	'meeting_registration',
	{
		id: text('id').primaryKey(),
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		status: text('status').$type<RegistrationStatus>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		remindedAt: timestamp('reminded_at', { withTimezone: true })
	},
	(t) => [unique('meeting_registration_once').on(t.meetingId, t.userId), index('meeting_registration_meeting_idx').on(t.meetingId)]
);
