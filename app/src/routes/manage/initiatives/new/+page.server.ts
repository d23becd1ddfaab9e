import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { createProgramme } from '$lib/server/initiatives';
import { httpError, formAction, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields, RULE_FIELDS } from '../form';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (actor.role !== 'official' && actor.role !== 'admin') httpError(403, 'forbidden');
	return { year: new Date().getFullYear() };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, () => createProgramme(locals.ctx, readFields(form, ['title', 'description', 'year', ...RULE_FIELDS])));
		if (res && 'slug' in res) redirect(303, localizeHref(`/manage/initiatives/${res.slug}/criteria?created=1`));
		return res;
	}
};
