import type { Actions, PageServerLoad } from './$types';
import { getConsultation, myPartners, recordPartnerSession } from '$lib/server/consultations';
import { listDistricts } from '$lib/server/districts/service';
import { AGE_BANDS } from '$lib/server/consultations/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	requireSignedIn(locals, url);
	const { c } = await parent();
	return { partners: await myPartners(locals.ctx, c.process.id), districts: await listDistricts(locals.ctx.db), ageBands: AGE_BANDS };
};

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => {
			await recordPartnerSession(locals.ctx, c.process.id, { ...Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')), lang: writtenIn(form) });
			return { recorded: true };
		});
	}
};
