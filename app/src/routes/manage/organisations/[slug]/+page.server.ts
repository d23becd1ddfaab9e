import type { Actions, PageServerLoad } from './$types';
import { getOrganisation, listMembers, verifyOrganisation } from '$lib/server/organisations';
import { organisationPartnerships } from '$lib/server/organisations/profile';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
	if (!o.canVerify) httpError(403, 'forbidden');
	return {
		o: o.organisation,
		// Officials see how many people act for it, never who: that is the organisation's business.
		partnerships: await organisationPartnerships(locals.ctx.db, o.organisation.id),
		districts: await listDistricts(locals.ctx.db),
		isAdmin: locals.actor?.role === 'admin',
		members: locals.actor?.role === 'admin' ? await listMembers(locals.ctx, o.organisation.id) : []
	};
};

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await loadOr404(() => getOrganisation(locals.ctx, params.slug));
		const verified = form.get('verified') === 'true';
		return formAction(form, async () => {
			await verifyOrganisation(locals.ctx, o.organisation.id, verified);
			return { verifiedNow: verified };
		});
	}
};
