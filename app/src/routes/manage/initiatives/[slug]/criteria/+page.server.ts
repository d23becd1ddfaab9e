import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { setCriteria } from '$lib/server/initiatives';
import { ValidationError } from '$lib/server/core/errors';
import { formAction } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { managedProgramme } from '../managed';

/** Rows the form offers: the criteria so far and a few empty ones, up to the service's limit. */
const MAX_ROWS = 12;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const p = await managedProgramme(locals, url, params.slug);
	return { p, rows: Math.min(MAX_ROWS, Math.max(4, p.criteria.length + 2)), created: url.searchParams.has('created') };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const p = await managedProgramme(locals, url, params.slug);
		const form = await request.formData();
		// Rows left empty are not criteria; the errors name the row on the page.
		const rows: { row: number; name: string; description: string; maxScore: string; weight: string }[] = [];
		for (let i = 0; i < MAX_ROWS; i++) {
			const r = { row: i, ...Object.fromEntries(['name', 'description', 'maxScore', 'weight'].map((k) => [k, String(form.get(`criteria.${i}.${k}`) ?? '').trim()])) } as (typeof rows)[number];
			if (r.name || r.description || r.maxScore || r.weight) rows.push(r);
		}
		const res = await formAction(form, async () => {
			try {
				await setCriteria(locals.ctx, p.process.id, { criteria: rows.map(({ row: _row, ...c }) => c) });
			} catch (e) {
				if (!(e instanceof ValidationError)) throw e;
				const toRow = (k: string) => (k === 'criteria' ? 'criteria.0.name' : k.replace(/^criteria\.(\d+)\./, (_, i: string) => `criteria.${rows[Number(i)]?.row ?? i}.`));
				const remap = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [toRow(k), v]));
				throw new ValidationError(remap(e.fields), 'invalid', remap(e.fieldParams));
			}
		});
		if (res !== undefined) return res;
		redirect(303, localizeHref(`/manage/initiatives/${params.slug}?criteria=saved`));
	}
};
