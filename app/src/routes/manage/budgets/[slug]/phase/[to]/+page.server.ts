import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ADVANCE_TARGETS, advancePhase, phasePreview, type AdvanceTarget } from '$lib/server/budgets/service';
import { formAction, httpError, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { managedEdition as managed } from '../../../managed';

const target = (to: string): AdvanceTarget => ((ADVANCE_TARGETS as readonly string[]).includes(to) ? (to as AdvanceTarget) : httpError(404, 'not_found'));

/** The confirmation page of a phase change: its consequences in numbers and a reason. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	const to = target(params.to);
	return { ed: { slug: ed.process.slug, title: ed.process.title }, preview: await loadOr404(() => phasePreview(locals.ctx, ed.process.id, to)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const to = target(params.to);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			await advancePhase(locals.ctx, ed.process.id, to, { reason: form.get('reason') });
			return { done: true };
		});
		if (result && 'done' in result) redirect(303, localizeHref(`/manage/budgets/${ed.process.slug}?done=phase`));
		return result;
	}
};
