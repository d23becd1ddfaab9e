import type { Actions, PageServerLoad } from './$types';
import { commentOnRecommendation, editRecommendation, getRecommendation, listRecommendations, panelIdBySlug } from '$lib/server/panels/service';
import { listComments, reportComment } from '$lib/server/comments/service';
import { formAction, loadOr404, requireSignedIn, httpError } from '$lib/server/http';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { panel } = await parent();
	const n = Number(params.number);
	if (!Number.isInteger(n) || n < 1 || n > 100000) httpError(404, 'not_found');
	const rec = await loadOr404(() => getRecommendation(locals.ctx, panel.id, n));
	const insider = panel.isPanelist || panel.canManage;
	if ((rec.status === 'draft' || rec.status === 'in_vote') && !insider) httpError(404, 'not_found');
	const full = (await listRecommendations(locals.ctx.db, panel.id)).find((r) => r.id === rec.id)!;
	return { rec: { ...rec, response: full.response, updates: full.updates }, comments: insider ? await listComments(locals.ctx, 'recommendation', rec.id) : [], insider };
};

export const actions: Actions = {
	edit: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const rec = await getRecommendation(locals.ctx, id, Number(params.number));
			await editRecommendation(locals.ctx, rec.id, { title: form.get('title'), body: form.get('body'), version: form.get('version'), withinCityPowers: form.get('withinCityPowers') ?? '', lang: writtenIn(form) });
			return { edited: true };
		});
	},
	comment: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const rec = await getRecommendation(locals.ctx, id, Number(params.number));
			await commentOnRecommendation(locals.ctx, rec.id, form.get('body'), (form.get('parentId') as string) || null);
			return { commented: true };
		});
	}
,
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, { commentId: form.get('commentId'), reason: form.get('reason') });
			return { reported: true };
		});
	}
};
