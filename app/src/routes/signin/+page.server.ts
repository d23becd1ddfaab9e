import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/accounts/service';
import { runtime } from '$lib/server/runtime';
import { formAction, safeNext } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin, '/'));
	return { verified: url.searchParams.has('verified'), reset: url.searchParams.has('reset'), next: safeNext(url.searchParams.get('next'), url.origin, '') };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const form = await request.formData();
		const result = await formAction(form, async () => {
			await signIn(locals.ctx, runtime().auth, { email: form.get('email'), password: form.get('password') }, locals.clientKey, request.headers);
			return null;
		});
		if (result !== null) return result;
		redirect(303, safeNext(String(form.get('next') ?? ''), url.origin, '/'));
	}
};
