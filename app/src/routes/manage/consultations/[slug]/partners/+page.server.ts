import type { Actions, PageServerLoad } from './$types';
import { authorisePartner, getConsultation, listPartners, listSessions } from '$lib/server/consultations';
import { PARTNER_KINDS } from '$lib/server/consultations/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { listOrganisations } from '$lib/server/organisations';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { partners: await listPartners(locals.ctx, c.process.id), sessions: await listSessions(locals.ctx, c.process.id), kinds: PARTNER_KINDS, organisations: (await listOrganisations(locals.ctx.db)).map((o) => ({ id: o.id, name: o.name })) };
};

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({ authorised: await authorisePartner(locals.ctx, c.process.id, { organisationId: form.get('organisationId'), name: form.get('name') ?? '', kind: form.get('kind'), email: form.get('email') }) }));
	}
};
