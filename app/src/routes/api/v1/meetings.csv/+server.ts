import type { RequestHandler } from './$types';
import { listMeetings } from '$lib/server/meetings';
import { apiCall, csvResponse } from '$lib/server/http';

export const GET: RequestHandler = ({ locals }) =>
	apiCall(async () => {
		const list = await listMeetings(locals.ctx);
		return csvResponse('meetings.csv', ['id', 'process', 'title', 'format', 'place', 'link', 'district_id', 'starts_at', 'ends_at', 'capacity', 'registered', 'waiting', 'cancelled'], list.map((m) => [m.id, m.processSlug, m.title, m.format, m.place, m.link, m.districtId, m.startsAt.toISOString(), m.endsAt.toISOString(), m.capacity, m.registered, m.waiting, String(m.cancelled)]));
	});
