import type { Actions, PageServerLoad } from './$types';
import { authorisePartner, getConsultation, listPartners, listSessions } from '$lib/server/consultations';
import { PARTNER_KINDS } from '$lib/server/consultations/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { partners: await listPartners(locals.ctx, c.process.id), sessions: await listSessions(locals.ctx, c.process.id), kinds: PARTNER_KINDS };
};

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({ authorised: await authorisePartner(locals.ctx, c.process.id, { name: form.get('name'), kind: form.get('kind'), email: form.get('email') }) }));
	}
};
