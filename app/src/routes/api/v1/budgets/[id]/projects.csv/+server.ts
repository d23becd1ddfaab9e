import type { RequestHandler } from './$types';
import { apiCall, csvResponse } from '$lib/server/http';
import { publicProjects } from '$lib/server/budgets/public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const { projects } = await publicProjects(locals.ctx, params.id);
		return csvResponse('projects.csv', ['id', 'code', 'pool_id', 'title', 'district_id', 'lat', 'lng', 'cost_pln', 'status', 'climate_category', 'trees', 'unsealed_m2', 'co2e_t_per_year', 'votes', 'score'], projects.map((p) => [p.id, p.code, p.poolId, p.title, p.districtId, p.lat, p.lng, p.cost, p.status, p.climateCategory, p.climateEffect?.trees, p.climateEffect?.unsealedM2, p.climateEffect?.co2eTonnesPerYear, p.votes, p.score]));
	});
