import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { registerOrganisation, organisationRules } from '$lib/server/organisations';
import { ORGANISATION_AREAS, ORGANISATION_KINDS } from '$lib/server/organisations/schema';
import { profileFromForm, typedProfile } from '$lib/server/organisations/form';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (!organisationRules.register(actor)) httpError(403, 'email_not_verified');
	return { kinds: ORGANISATION_KINDS, areas: ORGANISATION_AREAS, districts: await listDistricts(locals.ctx.db) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => (await registerOrganisation(locals.ctx, profileFromForm(form))).slug);
		if (typeof result !== 'string') return typedProfile(result, form);
		redirect(303, `/organisations/${result}/workspace?registered=1`);
	}
};
