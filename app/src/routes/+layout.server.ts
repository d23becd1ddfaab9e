import type { LayoutServerLoad } from './$types';
import { unreadCount } from '$lib/server/notifications/service';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user,
	unread: await unreadCount(locals.ctx)
});
