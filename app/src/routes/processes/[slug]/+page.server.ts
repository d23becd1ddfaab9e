import type { Actions, PageServerLoad } from './$types';
import { writtenIn } from '$lib/server/contentLang';
import { getProcess } from '$lib/server/processes/service';
import { addComment, listComments, reportComment } from '$lib/server/comments/service';
import { getDistrict } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const process = await loadOr404(() => getProcess(locals.ctx, params.slug));
	const district = process.districtId ? await getDistrict(locals.ctx.db, process.districtId) : null;
	return {
		process,
		districtName: district ? `${district.roman}. ${district.name}` : null,
		comments: await listComments(locals.ctx, 'process', process.id),
		canComment: !!locals.actor?.emailVerified
	};
};

export const actions: Actions = {
	comment: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			// The target is this page's process, never what the form claims.
			const process = await getProcess(locals.ctx, params.slug);
			const id = await addComment(locals.ctx, {
				targetType: 'process',
				targetId: process.id,
				parentId: form.get('parentId') || null,
				body: form.get('body'),
				lang: writtenIn(form)
			});
			return { commented: id };
		});
	},
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, { commentId: form.get('commentId'), reason: form.get('reason') });
			return { reported: true };
		});
	}
};
