import type { RequestHandler } from './$types';
import { getMeeting } from '$lib/server/meetings';
import { icalendar } from '$lib/server/meetings/ical';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, params, url }) =>
	apiCall(async () => {
		const mt = await getMeeting(locals.ctx, params.id);
		const body = icalendar([{ id: mt.id, title: mt.title, description: mt.description, startsAt: mt.startsAt, endsAt: mt.endsAt, location: [mt.place, mt.link].filter(Boolean).join(' · '), url: `${url.origin}/meetings/${mt.id}`, cancelled: mt.cancelled, updatedAt: mt.createdAt }], mt.title);
		return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="meeting-${mt.id}.ics"` } });
	});
