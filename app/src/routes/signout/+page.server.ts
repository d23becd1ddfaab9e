import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';

export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request }) => {
		await runtime().auth.api.signOut({ headers: request.headers }).catch(() => undefined);
		redirect(303, '/');
	}
};
