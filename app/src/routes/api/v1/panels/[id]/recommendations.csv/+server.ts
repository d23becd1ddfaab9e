import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { apiRecommendationsCsv } from '$lib/server/panels/public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const { header, rows } = await apiRecommendationsCsv({ ...locals.ctx, actor: null }, params.id);
		const res = csvResponse('recommendations.csv', header, rows);
		res.headers.set('access-control-allow-origin', '*');
		return res;
	});
