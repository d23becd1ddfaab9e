import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { withdrawApplication } from '$lib/server/initiatives';
import { formAction } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { groupApplication } from '../group';

export const load: PageServerLoad = async ({ locals, params, url }) => ({ v: await groupApplication(locals, url, params) });

export const actions: Actions = {
	default: async ({ locals, params, url }) => {
		await groupApplication(locals, url, params);
		const res = await formAction(null, () => withdrawApplication(locals.ctx, params.id));
		if (res === 'deleted') redirect(303, localizeHref('/initiatives/mine?deleted=1'));
		if (res === 'withdrawn') redirect(303, localizeHref(`/initiatives/${params.slug}/applications/${params.id}?done=withdrawn`));
		return res;
	}
};
