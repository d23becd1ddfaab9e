import type { Actions, PageServerLoad } from './$types';
import { updateGreenBudget } from '$lib/server/budgets/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { managedEdition as managed } from '../../managed';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	return { ed: await managed(locals, params.slug) };
};

export const actions: Actions = {
	/** The green budget of the edition: a separate pool, a guaranteed share, or none. */
	green: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateGreenBudget(locals.ctx, ed.process.id, { greenMode: form.get('greenMode'), greenSharePercent: form.get('greenSharePercent') || 0 });
			return { saved: 'green' };
		});
	}
};
