import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { addProgressUpdate } from '$lib/server/initiatives';
import { formAction } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { groupApplication } from '../group';

export const load: PageServerLoad = async ({ locals, params, url }) => ({ v: await groupApplication(locals, url, params) });

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		await groupApplication(locals, url, params);
		const form = await request.formData();
		const file = form.get('photo');
		const photo = file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
		const res = await formAction(form, () => addProgressUpdate(locals.ctx, params.id, { body: form.get('body') ?? '', alt: form.get('alt') ?? '', photo }));
		if (typeof res !== 'string') return res;
		redirect(303, localizeHref(`/initiatives/${params.slug}/applications/${params.id}?done=update`));
	}
};
