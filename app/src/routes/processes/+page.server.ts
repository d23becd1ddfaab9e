import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { listPublicProcesses } from '$lib/server/processes/service';
import { MECHANISMS } from '$lib/server/processes/schema';
import { listDistricts } from '$lib/server/districts/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const mechanism = z.enum(MECHANISMS).safeParse(url.searchParams.get('mechanism'));
	const district = z.coerce.number().int().min(1).max(18).safeParse(url.searchParams.get('district') ?? undefined);
	const filter = { mechanism: mechanism.success ? mechanism.data : undefined, districtId: district.success ? district.data : undefined };
	return { processes: await listPublicProcesses(locals.ctx, filter), districts: await listDistricts(locals.ctx.db), filter, mechanisms: MECHANISMS };
};
