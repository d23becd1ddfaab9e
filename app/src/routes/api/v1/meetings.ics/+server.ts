import type { RequestHandler } from './$types';
import { listMeetings } from '$lib/server/meetings';
import { icalendar } from '$lib/server/meetings/ical';
import { apiCall } from '$lib/server/http';

/** Calendar feed of every public meeting (subscribe to it in any calendar application). */
export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const list = await listMeetings(locals.ctx);
		const body = icalendar(
			list.map((m) => ({ id: m.id, title: m.title, description: m.description, startsAt: m.startsAt, endsAt: m.endsAt, location: [m.place, m.link].filter(Boolean).join(' · '), url: `${url.origin}/meetings/${m.id}`, cancelled: m.cancelled, updatedAt: m.createdAt })),
			'Decydujemy — spotkania / meetings'
		);
		return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'access-control-allow-origin': '*' } });
	});
