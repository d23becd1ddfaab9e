import type { Actions, PageServerLoad } from './$types';
import { evaluationStatus, getConsultation, submitEvaluation } from '$lib/server/consultations';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	requireSignedIn(locals, url);
	const { c } = await parent();
	return { status: await evaluationStatus(locals.ctx, c.process.id) };
};

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => {
			await submitEvaluation(locals.ctx, c.process.id, { scopeClear: form.get('scopeClear'), heard: form.get('heard'), again: form.get('again'), comment: form.get('comment') ?? '' });
			return { evaluated: true };
		});
	}
};
