import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { getProgramme, startApplication } from '$lib/server/initiatives';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	return { p: await loadOr404(() => getProgramme(locals.ctx, params.slug)), emailVerified: !!locals.actor?.emailVerified };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const p = await loadOr404(() => getProgramme(locals.ctx, params.slug));
		const form = await request.formData();
		const res = await formAction(form, () => startApplication(locals.ctx, p.process.id, { title: form.get('title') ?? '', description: form.get('description') ?? '', theme: form.get('theme') ?? '', beneficiaries: form.get('beneficiaries') ?? '', lang: writtenIn(form) }));
		if (typeof res === 'string') redirect(303, localizeHref(`/initiatives/${params.slug}/my/${res}/place`));
		return res;
	}
};
