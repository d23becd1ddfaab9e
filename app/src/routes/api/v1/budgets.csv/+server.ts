import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { publicEditions } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals }) =>
	apiCall(async () => {
		const list = await publicEditions(locals.ctx);
		return csvResponse('budgets.csv', ['id', 'slug', 'title', 'year', 'historical', 'phase', 'ballot_kind', 'green_mode', 'total_pln', 'pools'], list.map((e) => [e.id, e.slug, e.title, e.year, String(e.historical), e.phase, e.ballotKind, e.greenMode, e.total, e.pools]));
	});
