import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { apiOrganisation } from '$lib/server/organisations/public';
import { organisationPartnerships } from '$lib/server/organisations/profile';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const o = await apiOrganisation(locals.ctx.db, params.id);
		const partnerships = (await organisationPartnerships(locals.ctx.db, o.id)).map((p) => ({ process: p.slug, title: p.title, sessions: p.sessions }));
		return json({ ...o, partnerships }, { headers: { 'access-control-allow-origin': '*' } });
	});
