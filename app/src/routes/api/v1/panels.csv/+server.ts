import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { apiPanelsCsv } from '$lib/server/panels/public';

export const GET: RequestHandler = ({ locals }) =>
	apiCall(async () => {
		const { header, rows } = await apiPanelsCsv({ ...locals.ctx, actor: null });
		const res = csvResponse('panels.csv', header, rows);
		res.headers.set('access-control-allow-origin', '*');
		return res;
	});
