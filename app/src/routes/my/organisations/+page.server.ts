import type { PageServerLoad } from './$types';
import { myOrganisations } from '$lib/server/organisations';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** "My organisation": the organisations the signed-in person acts for. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { organisations: await loadOr404(() => myOrganisations(locals.ctx)), left: url.searchParams.get('left')?.slice(0, 200) ?? null };
};
