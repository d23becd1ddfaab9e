import type { LayoutServerLoad } from './$types';
import { unreadCount } from '$lib/server/notifications/service';
import { hasWorkspace } from '$lib/server/workspace';
import { countMyOrganisations } from '$lib/server/organisations/members.service';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	unread: await unreadCount(locals.ctx),
	// "Zarządzanie" in the menu: officials and admins, and residents a module gives tools to
	// (a budget council member, a partner's representative).
	workspace: await hasWorkspace(locals.ctx),
	/** The "My organisation" entry shows for people who act for one. */
	myOrganisations: await countMyOrganisations(locals.ctx)
});
