import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { apiDraw } from '$lib/server/panels/public';

export const GET: RequestHandler = ({ locals, params }) => apiCall(async () => json(await apiDraw({ ...locals.ctx, actor: null }, params.id), { headers: { 'access-control-allow-origin': '*' } }));
