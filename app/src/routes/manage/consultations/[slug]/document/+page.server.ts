import type { Actions, PageServerLoad } from './$types';
import { addParagraph, getConsultation, listParagraphs, removeParagraph } from '$lib/server/consultations';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { paragraphs: await listParagraphs(locals.ctx.db, c.process.id) };
};

export const actions: Actions = {
	add: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({ added: await addParagraph(locals.ctx, c.process.id, { heading: form.get('heading') ?? '', body: form.get('body') }) }));
	},
	remove: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(null, async () => {
			await removeParagraph(locals.ctx, c.process.id, String(form.get('paragraphId') ?? ''));
			return { removed: true };
		});
	}
};
