/** Meetings on the officials' workspace (/manage), for processes of every mechanism: the meetings
 * coming in the next two weeks (panel sessions, consultation meetings, workshops) and the past
 * ones still without minutes, each linking to the first such meeting's page. */
import { and, asc, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';
import { meeting } from './schema';

const FORTNIGHT = 14 * 86_400_000;

export const meetingsWorkspace: ModuleWorkspace = {
	mechanisms: 'all',
	async tools(ctx, processes) {
		const ids = processes.filter((p) => p.managed).map((p) => p.id);
		if (!ids.length) return {};
		const now = ctx.now();
		const soon = new Date(now.getTime() + FORTNIGHT);
		// Meetings not cancelled that are coming soon, or over without minutes, soonest first.
		const rows = await ctx.db
			.select({ id: meeting.id, processId: meeting.processId, startsAt: meeting.startsAt, endsAt: meeting.endsAt, minutes: meeting.minutes })
			.from(meeting)
			.where(and(inArray(meeting.processId, ids), isNull(meeting.cancelledAt), lt(meeting.startsAt, soon), sql`(${meeting.endsAt} > ${now} or ${meeting.minutes} is null or ${meeting.minutes} = '')`))
			.orderBy(asc(meeting.startsAt));
		const out: Record<string, WorkspaceTool[]> = {};
		for (const id of ids) {
			const mine = rows.filter((r) => r.processId === id);
			if (!mine.length) continue;
			const coming = mine.filter((r) => r.endsAt > now);
			const unrecorded = mine.filter((r) => r.endsAt <= now);
			const first = coming[0] ?? unrecorded[0];
			out[id] = [
				{
					id: 'meetings',
					// Not a second "Meetings" page (consultations and panels have their own): the next
					// meeting, or the first one still to be recorded.
					label: coming.length ? 'workspace_meetings_next' : 'workspace_meetings_record',
					href: `/meetings/${first.id}`,
					waiting: [
						{ label: 'workspace_meetings_coming', count: coming.length, dueAt: coming[0]?.startsAt ?? null, ...(coming[0] ? { href: `/meetings/${coming[0].id}` } : {}) },
						{ label: 'workspace_meetings_unrecorded', count: unrecorded.length, ...(unrecorded[0] ? { href: `/meetings/${unrecorded[0].id}` } : {}) }
					]
				}
			];
		}
		return out;
	}
};
