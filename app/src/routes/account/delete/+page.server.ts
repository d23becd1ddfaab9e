import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { deleteMyAccount } from '$lib/server/accounts/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { ValidationError } from '$lib/server/core/errors';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
};

export const actions: Actions = {
	default: async ({ locals, request, url, cookies }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			if (form.get('confirm') !== 'on') throw new ValidationError({ confirm: 'confirm_required' });
			await deleteMyAccount(locals.ctx);
			return null;
		});
		if (result !== null) return result;
		for (const c of cookies.getAll()) if (c.name.startsWith('decydujemy')) cookies.delete(c.name, { path: '/' });
		redirect(303, '/?deleted=1');
	}
};
