import type { PageServerLoad } from './$types';
import { listOrganisations } from '$lib/server/organisations';
import { filterFromQuery } from '$lib/server/organisations/public';
import { ORGANISATION_AREAS, ORGANISATION_KINDS } from '$lib/server/organisations/schema';
import { listDistricts } from '$lib/server/districts/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = filterFromQuery(url.searchParams);
	return {
		organisations: (await listOrganisations(locals.ctx.db, filter)).map((o) => ({ id: o.id, slug: o.slug, name: o.name, kind: o.kind, areas: o.areas, districts: o.districts, verified: !!o.verifiedAt, lang: o.lang })),
		filter: { area: filter.area ?? '', district: filter.district ?? '', kind: filter.kind ?? '', q: filter.q ?? '' },
		query: url.searchParams.toString(),
		areas: ORGANISATION_AREAS,
		kinds: ORGANISATION_KINDS,
		districts: await listDistricts(locals.ctx.db),
		signedIn: !!locals.actor
	};
};
