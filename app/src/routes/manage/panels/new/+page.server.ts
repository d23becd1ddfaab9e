import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { createPanel } from '$lib/server/panels/service';
import { processRules } from '$lib/server/processes/permissions';
import { formAction, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) httpError(403, 'forbidden');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			const created = await createPanel(locals.ctx, {
				title: form.get('title'),
				description: form.get('description'),
				question: form.get('question'),
				size: form.get('size'),
				reserves: form.get('reserves'),
				openRegistration: form.get('openRegistration') === 'on',
				abstainCounts: form.get('abstainCounts') === 'on',
				thresholdPct: form.get('thresholdPct') || 80,
				challengeWindowDays: form.get('challengeWindowDays') || 30,
				monitoringIntervalDays: form.get('monitoringIntervalDays') || 90
			});
			return created.slug;
		});
		if (typeof result !== 'string') return result;
		redirect(303, `/manage/panels/${result}?created=1`);
	}
};
