import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { resetPassword } from '$lib/server/accounts/service';
import { runtime } from '$lib/server/runtime';
import { formAction } from '$lib/server/http';

export const load: PageServerLoad = async ({ url }) => ({ token: url.searchParams.get('token') ?? '', invalid: url.searchParams.get('error') === 'INVALID_TOKEN' });

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		const result = await formAction(form, async () => {
			await resetPassword(locals.ctx, runtime().auth, { token: form.get('token'), password: form.get('password') }, locals.clientKey);
			return null;
		});
		if (result !== null) return result;
		redirect(303, '/signin?reset=1');
	}
};
