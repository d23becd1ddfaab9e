import type { Actions, PageServerLoad } from './$types';
import { listSubmissions, panelIdBySlug, submitToPanel, withdraw } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { submissions: await listSubmissions(locals.ctx.db, panel.id), canSubmit: !!locals.actor?.emailVerified };
};

export const actions: Actions = {
	submit: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await submitToPanel(locals.ctx, id, { title: form.get('title'), body: form.get('body'), organisation: form.get('organisation') ?? '' });
			return { submitted: true };
		});
	},
	withdraw: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await withdraw(locals.ctx, id);
			return { withdrawn: true };
		});
	}
};
