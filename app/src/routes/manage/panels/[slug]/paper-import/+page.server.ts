import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { importPaperForms, panelIdBySlug, previewPaperImport } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ url }) => {
	const n = Number(url.searchParams.get('imported'));
	return { imported: Number.isInteger(n) && n > 0 ? n : null };
};

async function csvOf(form: FormData): Promise<string> {
	const file = form.get('file');
	return file instanceof File && file.size > 0 ? await file.text() : String(form.get('csv') ?? '');
}

export const actions: Actions = {
	/** Checks every line and shows what would be stored (or the problems); stores nothing. */
	preview: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(null, async () => {
			const csv = await csvOf(form);
			const r = await previewPaperImport(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), csv);
			return { preview: { rows: r.rows, problems: r.problems }, csv: r.problems.length ? '' : csv };
		});
	},
	/** Stores every line, or none (the whole file is checked again). */
	confirm: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(null, async () => importPaperForms(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), await csvOf(form)));
		if (typeof result !== 'number') return result;
		redirect(303, `${url.pathname}?imported=${result}`);
	}
};
