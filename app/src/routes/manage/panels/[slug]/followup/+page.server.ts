import type { Actions, PageServerLoad } from './$types';
import { addUpdate, drawMonitors, drawStatus, listMembers, monitorPoolSize, listRecommendations, panelIdBySlug, respond } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { recommendations: (await listRecommendations(locals.ctx.db, panel.id)).filter((r) => r.status === 'passed' || r.status === 'failed'), members: await listMembers(locals.ctx.db, panel.id), monitorPool: await monitorPoolSize(locals.ctx.db, panel.id), drawn: (await drawStatus(locals.ctx.db, panel.id))?.status === 'drawn' };
};

const act = (fn: (locals: App.Locals, id: string, form: FormData) => Promise<Record<string, unknown>>) =>
	(async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
	}) satisfies Actions[string];

export const actions: Actions = {
	respond: act(async (locals, _id, form) => {
		await respond(locals.ctx, String(form.get('recommendationId') ?? ''), { response: form.get('response'), department: form.get('department'), deadline: form.get('deadline') ?? '', status: form.get('status') });
		return { responded: String(form.get('recommendationId')) };
	}),
	update: act(async (locals, _id, form) => {
		await addUpdate(locals.ctx, String(form.get('recommendationId') ?? ''), { status: form.get('status'), body: form.get('body') });
		return { updated: String(form.get('recommendationId')) };
	}),
	monitors: act(async (locals, id, form) => {
		const drawn = await drawMonitors(locals.ctx, id, { count: form.get('count'), seed: form.get('seed') ?? '' });
		return { monitorsDrawn: drawn.count };
	})
};
