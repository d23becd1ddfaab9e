import type { LayoutServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { getOrganisation } from '$lib/server/organisations';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** The organisation's own workspace: its admins and representatives (and platform admins). */
export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
	if (!o.canOpenWorkspace) error(403, 'Forbidden');
	return { org: o.organisation, standing: o.standing, canEdit: o.canEdit, canManageMembers: o.canManageMembers };
};
