import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { consultationByKey, publicConsultation } from '../public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => json(publicConsultation(await consultationByKey(locals.ctx, params.id)), { headers: { 'access-control-allow-origin': '*' } }));
