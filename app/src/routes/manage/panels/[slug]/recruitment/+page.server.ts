import type { Actions, PageServerLoad } from './$types';
import { addressStats, drawLetters, importAddresses, panelIdBySlug, poolComposition } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { stats: await addressStats(locals.ctx.db, panel.id), composition: await poolComposition(locals.ctx.db, panel.id) };
};

export const actions: Actions = {
	import: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(null, async () => {
			const file = form.get('file');
			const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get('csv') ?? '');
			const n = await importAddresses(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), text);
			return { imported: n };
		});
	},
	letters: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const r = await drawLetters(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), { count: form.get('count'), seed: form.get('seed') ?? '' });
			return { lettersDrawn: r.invited };
		});
	}
};
