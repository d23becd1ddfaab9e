import type { PageServerLoad } from './$types';
import { listOrganisationsForOfficials } from '$lib/server/organisations';
import { filterFromQuery } from '$lib/server/organisations/public';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** Officials: the register with the verification queue first. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const rows = await loadOr404(() => listOrganisationsForOfficials(locals.ctx, filterFromQuery(url.searchParams)));
	return { organisations: rows.map((o) => ({ id: o.id, slug: o.slug, name: o.name, kind: o.kind, krs: o.krs, nip: o.nip, verifiedAt: o.verifiedAt, members: o.members, source: o.source, lang: o.lang })) };
};
