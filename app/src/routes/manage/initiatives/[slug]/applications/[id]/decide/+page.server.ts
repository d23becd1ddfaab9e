import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { decide, previewDecision } from '$lib/server/initiatives';
import { formAction } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { managedApplication } from '../managedApplication';

const read = (form: FormData) => ({ decision: String(form.get('decision') ?? ''), amount: String(form.get('amount') ?? ''), justification: String(form.get('justification') ?? '') });

export const load: PageServerLoad = async ({ locals, params, url }) => ({ v: await managedApplication(locals, url, params) });

export const actions: Actions = {
	/** Shows what the decision would do (score, pool before and after) before it is final. */
	preview: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		const input = read(form);
		return formAction(form, async () => {
			const p = await previewDecision(locals.ctx, params.id, input);
			return { preview: { decision: p.decision.decision, amount: p.amount, total: p.total, max: p.scale.max, needed: p.scale.needed, left: p.figures.left, leftAfter: p.leftAfter }, typed: input };
		});
	},
	edit: async ({ request }) => ({ values: read(await request.formData()) }),
	confirm: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		const res = await formAction(form, () => decide(locals.ctx, params.id, read(form)));
		if (res && 'status' in res && (res.status === 'approved' || res.status === 'rejected')) redirect(303, localizeHref(`/manage/initiatives/${params.slug}/applications/${params.id}?done=decided`));
		return res;
	}
};
