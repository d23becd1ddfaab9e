import type { Actions, PageServerLoad } from './$types';
import { getConsultation, publishReport } from '$lib/server/consultations';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => {
			await publishReport(locals.ctx, c.process.id, { decision: form.get('decision') });
			return { published: true };
		});
	}
};
