import type { Actions, PageServerLoad } from './$types';
import { markAllRead, myNotifications } from '$lib/server/notifications/service';
import { requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { notifications: await myNotifications(locals.ctx) };
};

export const actions: Actions = {
	read: async ({ locals, url }) => {
		requireSignedIn(locals, url);
		await markAllRead(locals.ctx);
		return { done: true };
	}
};
