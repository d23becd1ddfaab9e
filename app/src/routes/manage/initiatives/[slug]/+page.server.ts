import type { Actions, PageServerLoad } from './$types';
import { programmeQueue, updateProgrammeRules } from '$lib/server/initiatives';
import { warsawDay } from '$lib/server/initiatives/common';
import { formAction, loadOr404 } from '$lib/server/http';
import { readFields, RULE_FIELDS } from '../form';
import { managedProgramme } from './managed';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const p = await managedProgramme(locals, url, params.slug);
	const queue = await loadOr404(() => programmeQueue(locals.ctx, p.process.id));
	return { p, queue, opensOn: warsawDay(p.programme.opensAt), closesOn: warsawDay(new Date(p.programme.closesAt.getTime() - 1)) };
};

export const actions: Actions = {
	rules: async ({ locals, params, request, url }) => {
		const p = await managedProgramme(locals, url, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateProgrammeRules(locals.ctx, p.process.id, readFields(form, RULE_FIELDS));
			return { saved: true };
		});
	}
};
