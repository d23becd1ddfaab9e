import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listPublicProcesses } from '$lib/server/processes/service';
import { apiCall } from '$lib/server/http';
import { parseInput } from '$lib/server/core/validate';
import { processFilter, publicProcess } from './public';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const f = parseInput(processFilter, Object.fromEntries(url.searchParams));
		const list = await listPublicProcesses(locals.ctx, { mechanism: f.mechanism, districtId: f.district });
		return json(list.map(publicProcess), { headers: { 'access-control-allow-origin': '*' } });
	});
