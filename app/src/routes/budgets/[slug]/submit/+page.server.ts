import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { getEdition, saveDraft } from '$lib/server/budgets/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return { ed };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
		const form = await request.formData();
		const res = await formAction(form, () => saveDraft(locals.ctx, ed.process.id, { poolId: form.get('poolId') ?? '', title: form.get('title'), description: form.get('description'), lang: writtenIn(form) }));
		if (typeof res === 'string') redirect(303, localizeHref(`/budgets/${params.slug}/my/${res}/place`));
		return res;
	}
};
