import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { publicResults } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const { pools } = await publicResults(locals.ctx, params.id);
		const rows = pools.flatMap((p) => p.projects.map((x) => [p.poolId, p.name, p.rule, x.id, x.code, x.title, x.cost, x.score, String(x.funded), ...p.comparisons.map((c) => `${c.rule}=${c.selected.includes(x.code)}`)]));
		return csvResponse('results.csv', ['pool_id', 'pool', 'rule', 'project_id', 'code', 'title', 'cost_pln', 'score', 'funded', 'comparisons'], rows.map((r) => [...r.slice(0, 9), r.slice(9).join('|')]));
	});
