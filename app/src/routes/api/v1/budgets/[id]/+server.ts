import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { publicEdition } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals, params }) => apiCall(async () => json(await publicEdition(locals.ctx, params.id), { headers: { 'access-control-allow-origin': '*' } }));
