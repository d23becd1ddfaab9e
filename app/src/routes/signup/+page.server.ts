import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { signUp } from '$lib/server/accounts/service';
import { runtime } from '$lib/server/runtime';
import { formAction } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/account');
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		return formAction(form, async () => {
			await signUp(locals.ctx, runtime().auth, { name: form.get('name'), email: form.get('email'), password: form.get('password'), locale: getLocale() }, locals.clientKey);
			return { signedUp: true, email: String(form.get('email')) };
		});
	}
};
