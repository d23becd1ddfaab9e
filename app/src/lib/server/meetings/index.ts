import { eq, sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import type { PersonalDataHook } from '../personalData';
import type { ApiPart } from '../api/openapi';
import { meeting, meetingRegistration } from './schema';
import { meetingRules } from './permissions';
import { sendMeetingReminders } from './service';
import { meetingsWorkspace } from './workspace';

/** Meetings: online, in person or hybrid; registration with a waiting list, reminders, an iCal
 * file per meeting and a calendar feed, minutes and photos afterwards. Shared by consultations,
 * panels and partners (a meeting may belong to a process). Tables: meeting, meeting_registration.
 * Personal data: one's registrations (exported; deleted with the account). */
const personalData: PersonalDataHook = {
	module: 'meetings',
	export: (db, userId) => db.select({ meetingId: meetingRegistration.meetingId, status: meetingRegistration.status, createdAt: meetingRegistration.createdAt }).from(meetingRegistration).where(eq(meetingRegistration.userId, userId)),
	async erase(db, userId) {
		await db.delete(meetingRegistration).where(eq(meetingRegistration.userId, userId));
	}
};

const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
export const meetingsApi: ApiPart = {
	paths: {
		'/api/v1/meetings': {
			get: {
				operationId: 'listMeetings',
				summary: 'Public meetings (consultation meetings, workshops, partner events), soonest first',
				tags: ['meetings'],
				parameters: [{ name: 'upcoming', in: 'query', required: false, schema: { type: 'boolean' } }],
				responses: { '200': { description: 'The meetings', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Meeting' } } } } } }
			}
		},
		'/api/v1/meetings.csv': { get: { operationId: 'listMeetingsCsv', summary: 'The meetings as CSV', tags: ['meetings'], responses: { '200': csv('CSV of meetings') } } },
		'/api/v1/meetings.ics': { get: { operationId: 'meetingsCalendar', summary: 'Calendar feed (iCalendar, RFC 5545) of all public meetings', tags: ['meetings'], responses: { '200': { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } } } } }
	},
	schemas: {
		Meeting: {
			type: 'object',
			required: ['id', 'title', 'format', 'startsAt', 'endsAt', 'registered', 'waiting'],
			properties: {
				id: { type: 'string' },
				process: { type: ['string', 'null'], description: 'Slug of the process the meeting belongs to' },
				title: { type: 'string' },
				description: { type: 'string' },
				format: { type: 'string', enum: ['in_person', 'online', 'hybrid'] },
				place: { type: 'string' },
				link: { type: 'string' },
				districtId: { type: ['integer', 'null'] },
				startsAt: { type: 'string', format: 'date-time' },
				endsAt: { type: 'string', format: 'date-time' },
				capacity: { type: ['integer', 'null'] },
				registered: { type: 'integer' },
				waiting: { type: 'integer' },
				minutes: { type: ['string', 'null'] },
				cancelled: { type: 'boolean' }
			}
		}
	}
};

export const meetingsModule: ModuleManifest = {
	name: 'meetings',
	tables: ['meeting', 'meeting_registration'],
	permissions: meetingRules,
	personalData,
	api: meetingsApi,
	workspace: meetingsWorkspace,
	// Each registration is reminded once, the day before (claimed row by row: safe on several instances).
	jobs: [{ name: 'meeting reminders', everyMs: 10 * 60_000, run: (db, now) => sendMeetingReminders(db, now) }],
	statistics: async (db) => {
		const [m] = await db.select({ n: sql<number>`count(*)::int` }).from(meeting);
		const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(meetingRegistration).where(eq(meetingRegistration.status, 'registered'));
		return { meetings: m?.n ?? 0, meeting_registrations: r?.n ?? 0 };
	}
};

export * from './service';
export { meetingRules } from './permissions';
