import type { PageServerLoad } from './$types';
import { getOrganisation } from '$lib/server/organisations';
import { organisationPartnerships } from '$lib/server/organisations/profile';
import { listDistricts } from '$lib/server/districts/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
	return {
		o: o.organisation,
		canOpenWorkspace: o.canOpenWorkspace,
		canVerify: o.canVerify,
		partnerships: await organisationPartnerships(locals.ctx.db, o.organisation.id),
		districts: await listDistricts(locals.ctx.db)
	};
};
