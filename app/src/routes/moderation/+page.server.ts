import type { Actions, PageServerLoad } from './$types';
import { dismissReports, hideComment, moderationQueue, restoreComment } from '$lib/server/moderation/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { queue: await loadOr404(() => moderationQueue(locals.ctx)) };
};

export const actions: Actions = {
	hide: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await hideComment(locals.ctx, { commentId: form.get('commentId'), reason: form.get('reason') });
			return { hidden: true };
		});
	},
	dismiss: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await dismissReports(locals.ctx, String(form.get('commentId') ?? ''));
			return { dismissed: true };
		});
	},
	restore: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await restoreComment(locals.ctx, String(form.get('commentId') ?? ''));
			return { restored: true };
		});
	}
};
