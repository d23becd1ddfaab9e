import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { publicEditions } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals }) => apiCall(async () => json(await publicEditions(locals.ctx), { headers: { 'access-control-allow-origin': '*' } }));
