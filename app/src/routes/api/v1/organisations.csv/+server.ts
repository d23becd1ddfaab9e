import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { apiOrganisationsCsv, filterFromQuery } from '$lib/server/organisations/public';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const { header, rows } = await apiOrganisationsCsv(locals.ctx.db, filterFromQuery(url.searchParams));
		const res = csvResponse('organisations.csv', header, rows);
		res.headers.set('access-control-allow-origin', '*');
		return res;
	});
