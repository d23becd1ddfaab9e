import type { Actions, PageServerLoad } from './$types';
import { writtenIn } from '$lib/server/contentLang';
import { redirect } from '@sveltejs/kit';
import { getIdea, respondToIdea, supportIdea } from '$lib/server/ideas';
import { editionsTakingSubmissions } from '$lib/server/budgets/fromIdea';
import { IDEA_STATUSES } from '$lib/server/ideas/schema';
import { addComment, listComments, reportComment } from '$lib/server/comments/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const idea = await loadOr404(() => getIdea(locals.ctx, params.id));
	const editions = idea.canRespond ? await editionsTakingSubmissions(locals.ctx.db, locals.ctx.now()) : [];
	return { idea, editions, comments: await listComments(locals.ctx, 'idea', idea.id), canComment: !!locals.actor?.emailVerified, created: url.searchParams.has('created'), statuses: IDEA_STATUSES.filter((s) => s !== 'open') };
};

export const actions: Actions = {
	support: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await supportIdea(locals.ctx, params.id, form.get('on') !== 'false');
			return { supported: form.get('on') !== 'false' };
		});
	},
	comment: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => ({ commented: await addComment(locals.ctx, { targetType: 'idea', targetId: params.id, parentId: form.get('parentId') || null, body: form.get('body'), lang: writtenIn(form) }) }));
	},
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, { commentId: form.get('commentId'), reason: form.get('reason') });
			return { reported: true };
		});
	},
	respond: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, async () => respondToIdea(locals.ctx, params.id, { status: form.get('status'), response: form.get('response'), editionId: form.get('editionId') }));
		if (res && 'processSlug' in res && res.processSlug) redirect(303, localizeHref(`/manage/processes/${res.processSlug}`));
		return res && 'processSlug' in res ? { responded: true } : res;
	}
};
