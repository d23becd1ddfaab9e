import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { publicResults } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals, params }) => apiCall(async () => json((await publicResults(locals.ctx, params.id)).pools, { headers: { 'access-control-allow-origin': '*' } }));
