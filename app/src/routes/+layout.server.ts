import type { LayoutServerLoad } from './$types';
import { unreadCount } from '$lib/server/notifications/service';
import { hasWorkspace } from '$lib/server/workspace';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	unread: await unreadCount(locals.ctx),
	// "Zarządzanie" in the menu: officials and admins, and residents a module gives tools to
	// (a budget council member, a partner's representative).
	workspace: await hasWorkspace(locals.ctx)
});
