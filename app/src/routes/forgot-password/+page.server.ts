import type { Actions } from './$types';
import { requestPasswordReset } from '$lib/server/accounts/service';
import { runtime } from '$lib/server/runtime';
import { formAction } from '$lib/server/http';

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		return formAction(form, async () => {
			await requestPasswordReset(locals.ctx, runtime().auth, { email: form.get('email') }, locals.clientKey);
			return { sent: true };
		});
	}
};
