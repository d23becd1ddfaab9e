import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getProcess } from '$lib/server/processes/service';
import { apiCall } from '$lib/server/http';
import { NotFoundError } from '$lib/server/core/errors';
import { publicProcess } from '../public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		// The API is public: drafts are never shown, whoever asks.
		const p = await getProcess({ ...locals.ctx, actor: null }, params.slug);
		if (p.status === 'draft') throw new NotFoundError('process_not_found');
		return json(publicProcess(p), { headers: { 'access-control-allow-origin': '*' } });
	});
