import type { Actions, PageServerLoad } from './$types';
import { getOrganisation, updateOrganisation } from '$lib/server/organisations';
import { ORGANISATION_AREAS, ORGANISATION_KINDS } from '$lib/server/organisations/schema';
import { profileFromForm, typedProfile } from '$lib/server/organisations/form';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals }) => ({ kinds: ORGANISATION_KINDS, areas: ORGANISATION_AREAS, districts: await listDistricts(locals.ctx.db) });

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
		const result = await formAction(form, async () => {
			await updateOrganisation(locals.ctx, o.organisation.id, profileFromForm(form));
			return { saved: true as const };
		});
		return 'saved' in result ? result : typedProfile(result, form);
	}
};
