import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listIdeas } from '$lib/server/ideas';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const list = await listIdeas(locals.ctx, Object.fromEntries(url.searchParams) as never);
		return json(list, { headers: { 'access-control-allow-origin': '*' } });
	});
