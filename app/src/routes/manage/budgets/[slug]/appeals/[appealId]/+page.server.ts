import type { Actions, PageServerLoad } from './$types';
import { decideAppeal, getAppeal } from '$lib/server/budgets/service';
import { mapFrame, toXY } from '$lib/server/budgets/map';
import { areaPoints } from '$lib/budgets/mapMath';
import { formAction, httpError, loadOr404, requireSignedIn } from '$lib/server/http';

/** One appeal with everything behind it (the decision appealed against, the costs, the place, the
 * history) and, for whoever the edition says decides appeals, the decision form. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const a = await loadOr404(() => getAppeal(locals.ctx, params.appealId));
	if (a.processSlug !== params.slug) httpError(404, 'appeal_not_found');
	const frame = await mapFrame(locals.ctx.db);
	const { lat, lng, area } = a.project;
	return { a, frame, pin: lat !== null && lng !== null ? toXY(frame, lng, lat) : null, area: areaPoints(frame, area) || null };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		// Not found / not allowed before anything is read from the form.
		const a = await loadOr404(() => getAppeal(locals.ctx, params.appealId));
		if (a.processSlug !== params.slug) httpError(404, 'appeal_not_found');
		const form = await request.formData();
		return formAction(form, async () => {
			await decideAppeal(locals.ctx, params.appealId, { accepted: form.get('accepted'), decision: form.get('decision') });
			return { saved: 'appeal' };
		});
	}
};
