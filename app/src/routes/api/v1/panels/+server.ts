import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { apiPanels } from '$lib/server/panels/public';

export const GET: RequestHandler = ({ locals }) => apiCall(async () => json(await apiPanels({ ...locals.ctx, actor: null }), { headers: { 'access-control-allow-origin': '*' } }));
