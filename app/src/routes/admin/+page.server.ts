import type { Actions, PageServerLoad } from './$types';
import { listUsers, setRole } from '$lib/server/accounts/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { ROLES } from '$lib/server/accounts/schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const q = url.searchParams.get('q') ?? '';
	return { users: await loadOr404(() => listUsers(locals.ctx, q)), q, roles: ROLES };
};

export const actions: Actions = {
	role: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await setRole(locals.ctx, String(form.get('userId') ?? ''), form.get('role'));
			return { saved: true };
		});
	}
};
