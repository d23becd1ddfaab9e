import type { LayoutServerLoad } from './$types';
import { getOrganisation } from '$lib/server/organisations';
import { loadOr404, requireSignedIn, httpError } from '$lib/server/http';

/** The organisation's own workspace: its admins and representatives (and platform admins). */
export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
	if (!o.canOpenWorkspace) httpError(403, 'forbidden');
	return { org: o.organisation, standing: o.standing, canEdit: o.canEdit, canManageMembers: o.canManageMembers };
};
