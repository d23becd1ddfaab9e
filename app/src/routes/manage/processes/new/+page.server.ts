import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { createProcess } from '$lib/server/processes/service';
import { processRules } from '$lib/server/processes/permissions';
import { processFromForm, PHASE_ROWS } from '$lib/server/processes/form';
import { CLIMATE_TOPICS, MECHANISMS } from '$lib/server/processes/schema';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) httpError(403, 'forbidden');
	return { districts: await listDistricts(locals.ctx.db), mechanisms: MECHANISMS, topics: CLIMATE_TOPICS, rows: PHASE_ROWS };
};

export const actions: Actions = {
	save: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => (await createProcess(locals.ctx, processFromForm(form))).slug);
		if (typeof result !== 'string') return result;
		redirect(303, `/manage/processes/${result}?created=1`);
	}
};
