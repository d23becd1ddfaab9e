import type { Actions, PageServerLoad } from './$types';
import { writtenIn } from '$lib/server/contentLang';
import { appealDecision, getProject, supportProject, volunteer } from '$lib/server/budgets/service';
import { addComment, listComments, reportComment } from '$lib/server/comments/service';
import { mapFrame, toXY } from '$lib/server/budgets/map';
import { areaPoints } from '$lib/budgets/mapMath';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const p = await loadOr404(() => getProject(locals.ctx, params.id));
	if (p.processSlug !== params.slug) await loadOr404(async () => { throw new (await import('$lib/server/core/errors')).NotFoundError('project_not_found'); });
	const frame = await mapFrame(locals.ctx.db);
	return {
		p,
		frame,
		pin: p.project.lat !== null && p.project.lng !== null ? toXY(frame, p.project.lng, p.project.lat) : null,
		area: areaPoints(frame, p.project.area) || null,
		comments: await listComments(locals.ctx, 'project', p.project.id),
		signedIn: !!locals.actor,
		canComment: !!locals.actor?.emailVerified
	};
};

export const actions: Actions = {
	support: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		return formAction(null, async () => {
			await supportProject(locals.ctx, params.id);
			return { supported: true };
		});
	},
	appeal: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await appealDecision(locals.ctx, params.id, form.get('body'));
			return { appealed: true };
		});
	},
	volunteer: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await volunteer(locals.ctx, params.id, form.get('note') ?? '');
			return { volunteered: true };
		});
	},
	comment: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await addComment(locals.ctx, { targetType: 'project', targetId: params.id, parentId: form.get('parentId') || null, body: form.get('body'), lang: writtenIn(form) });
			return { commented: true };
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
