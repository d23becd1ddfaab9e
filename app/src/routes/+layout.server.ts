import type { LayoutServerLoad } from './$types';
import { unreadCount } from '$lib/server/notifications/service';
import { countMyOrganisations } from '$lib/server/organisations/members.service';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	unread: await unreadCount(locals.ctx),
	/** The "My organisation" entry shows for people who act for one. */
	myOrganisations: await countMyOrganisations(locals.ctx)
});
