import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listMeetings } from '$lib/server/meetings';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const list = await listMeetings(locals.ctx, { upcoming: url.searchParams.get('upcoming') === 'true' });
		return json(list.map((m) => ({ id: m.id, process: m.processSlug, title: m.title, description: m.description, format: m.format, place: m.place, link: m.link, districtId: m.districtId, startsAt: m.startsAt, endsAt: m.endsAt, capacity: m.capacity, registered: m.registered, waiting: m.waiting, minutes: m.minutes, cancelled: m.cancelled })), { headers: { 'access-control-allow-origin': '*' } });
	});
