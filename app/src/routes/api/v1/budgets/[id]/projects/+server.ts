import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { publicProjects } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals, params }) => apiCall(async () => json((await publicProjects(locals.ctx, params.id)).projects, { headers: { 'access-control-allow-origin': '*' } }));
