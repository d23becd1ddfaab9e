import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getReport } from '$lib/server/consultations';
import { apiCall } from '$lib/server/http';
import { consultationByKey } from '../../public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const c = await consultationByKey(locals.ctx, params.id);
		return json(await getReport(locals.ctx, c.process.id), { headers: { 'access-control-allow-origin': '*' } });
	});
