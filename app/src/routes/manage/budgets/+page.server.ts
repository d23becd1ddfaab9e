import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { createEdition, listEditions } from '$lib/server/budgets/service';
import { importPabulibEdition } from '$lib/server/budgets/import';
import { formAction, requireSignedIn, httpError } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { editionFromForm } from './form';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (actor.role !== 'official' && actor.role !== 'admin') httpError(403, 'forbidden');
	return { editions: await listEditions(locals.ctx) };
};

export const actions: Actions = {
	create: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, () => createEdition(locals.ctx, { ...editionFromForm(form), title: form.get('title'), description: form.get('description'), year: form.get('year') }));
		if (res && 'slug' in res) redirect(303, localizeHref(`/manage/budgets/${res.slug}`));
		return res;
	},
	import: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
		if (files.some((f) => f.size > 20_000_000)) return formAction(null, async () => { throw new (await import('$lib/server/core/errors')).ValidationError({ files: 'budgets_file_too_large' }); });
		const texts = await Promise.all(files.map(async (f) => ({ text: await f.text() })));
		const res = await formAction(null, () => importPabulibEdition(locals.ctx, { title: String(form.get('importTitle') ?? '').trim() || 'Import Pabulib', year: Number(form.get('importYear')) || new Date().getFullYear(), files: texts }));
		if (res && 'slug' in res) redirect(303, localizeHref(`/budgets/${res.slug}/results`));
		return res;
	}
};
