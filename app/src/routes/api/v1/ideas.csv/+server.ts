import type { RequestHandler } from './$types';
import { listIdeas } from '$lib/server/ideas';
import { apiCall, csvResponse } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const list = await listIdeas(locals.ctx, Object.fromEntries(url.searchParams) as never);
		return csvResponse('ideas.csv', ['id', 'title', 'topic', 'district_id', 'location', 'description', 'status', 'response', 'supports', 'comments', 'created_at'], list.map((i) => [i.id, i.title, i.topic, i.districtId, i.location, i.description, i.status, i.response, i.supports, i.comments, i.createdAt.toISOString()]));
	});
