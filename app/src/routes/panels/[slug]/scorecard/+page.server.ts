import type { Actions, PageServerLoad } from './$types';
import { listAssessments, listRecommendations, panelIdBySlug, postAssessment, scorecard } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	const recs = (await listRecommendations(locals.ctx.db, panel.id)).filter((r) => r.status === 'passed' || r.status === 'failed');
	return { card: await scorecard(locals.ctx, panel.id), recs, assessments: await listAssessments(locals.ctx.db, panel.id) };
};

export const actions: Actions = {
	assess: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await postAssessment(locals.ctx, id, { rating: form.get('rating'), body: form.get('body') });
			return { assessed: true };
		});
	}
};
