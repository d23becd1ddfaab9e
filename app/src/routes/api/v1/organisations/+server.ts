import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { apiOrganisations, filterFromQuery } from '$lib/server/organisations/public';

export const GET: RequestHandler = ({ locals, url }) => apiCall(async () => json(await apiOrganisations(locals.ctx.db, filterFromQuery(url.searchParams)), { headers: { 'access-control-allow-origin': '*' } }));
