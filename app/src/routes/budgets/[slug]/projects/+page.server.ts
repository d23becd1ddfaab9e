import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { getEdition, listProjects } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

const filter = z.object({
	pool: z.string().max(100).optional().catch(undefined),
	district: z.coerce.number().int().min(1).max(18).optional().catch(undefined),
	status: z.enum(['submitted', 'accepted', 'rejected']).optional().catch(undefined),
	climate: z.literal('1').optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const f = filter.parse(Object.fromEntries(url.searchParams));
	const projects = await listProjects(locals.ctx, ed.process.id, { poolId: f.pool, districtId: f.district, status: f.status, climate: f.climate === '1' });
	return { ed, projects, f };
};
