import type { Actions, PageServerLoad } from './$types';
import { addMaterial, addSession, closeRound, listRecommendations, listRounds, listSessions, openRound, openRoundOf, panelIdBySlug } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { sessions: await listSessions(locals.ctx.db, panel.id), recommendations: await listRecommendations(locals.ctx.db, panel.id), round: await openRoundOf(locals.ctx.db, panel.id), rounds: await listRounds(locals.ctx.db, panel.id) };
};

const act = (fn: (locals: App.Locals, id: string, form: FormData) => Promise<Record<string, unknown>>) =>
	(async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
	}) satisfies Actions[string];

export const actions: Actions = {
	session: act(async (locals, id, form) => {
		await addSession(locals.ctx, id, { kind: form.get('kind'), title: form.get('title'), startsAt: form.get('startsAt'), endsAt: form.get('endsAt') ?? '', place: form.get('place') ?? '', description: form.get('description') ?? '' });
		return { sessionAdded: true };
	}),
	material: act(async (locals, id, form) => {
		await addMaterial(locals.ctx, id, { sessionId: form.get('sessionId'), kind: form.get('kind'), title: form.get('mtitle'), speaker: form.get('speaker') ?? '', url: form.get('url') });
		return { materialAdded: true };
	}),
	open: act(async (locals, id, form) => {
		await openRound(locals.ctx, id, { recommendationIds: form.getAll('recommendationIds').map(String), thresholdPct: form.get('thresholdPct') || undefined, allowAbstain: form.get('allowAbstain') === 'on' });
		return { roundOpened: true };
	}),
	close: act(async (locals, id) => {
		await closeRound(locals.ctx, id);
		return { roundClosed: true };
	})
};
