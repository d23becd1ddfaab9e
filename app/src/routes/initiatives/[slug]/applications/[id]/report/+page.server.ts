import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { checkReport, submitReport } from '$lib/server/initiatives';
import { formAction } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { groupApplication } from '../group';

const FIELDS = ['summary', 'participants', 'workHoursDelivered', 'goodsValueDelivered', 'moneyDelivered'] as const;
const read = (form: FormData) => Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? '')]));

export const load: PageServerLoad = async ({ locals, params, url }) => ({ v: await groupApplication(locals, url, params) });

export const actions: Actions = {
	/** Checks the answers and shows them back before anything is sent. */
	check: async ({ locals, params, request, url }) => {
		await groupApplication(locals, url, params);
		const form = await request.formData();
		const input = read(form);
		return formAction(form, async () => ({ check: checkReport(input), typed: input }));
	},
	/** Back from the check to the form, with what was typed. */
	edit: async ({ request }) => ({ values: read(await request.formData()) }),
	send: async ({ locals, params, request, url }) => {
		await groupApplication(locals, url, params);
		const form = await request.formData();
		const res = await formAction(form, () => submitReport(locals.ctx, params.id, read(form)));
		if (res !== undefined) return res;
		redirect(303, localizeHref(`/initiatives/${params.slug}/applications/${params.id}/report/sent`));
	}
};
