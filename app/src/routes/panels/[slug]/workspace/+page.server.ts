import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { castBallot, createRecommendation, listRecommendations, listSessions, listSubmissions, myBallot, openRoundOf, panelIdBySlug } from '$lib/server/panels/service';
import { formAction, requireSignedIn, httpError } from '$lib/server/http';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	requireSignedIn(locals, url);
	const { panel } = await parent();
	if (!panel.isPanelist && !panel.canManage) httpError(403, 'panelists_only');
	const round = await openRoundOf(locals.ctx.db, panel.id);
	return {
		sessions: await listSessions(locals.ctx.db, panel.id),
		submissions: await listSubmissions(locals.ctx.db, panel.id),
		recommendations: await listRecommendations(locals.ctx.db, panel.id),
		round,
		ballot: round ? await myBallot(locals.ctx, round.id) : {},
		voted: url.searchParams.has('voted')
	};
};

export const actions: Actions = {
	draft: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await createRecommendation(locals.ctx, id, { title: form.get('title'), body: form.get('body'), withinCityPowers: form.get('withinCityPowers') ?? '', lang: writtenIn(form) });
			return { drafted: true };
		});
	},
	vote: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const choices: Record<string, string> = {};
			for (const [k, v] of form) if (k.startsWith('choice_') && typeof v === 'string') choices[k.slice(7)] = v;
			const round = await openRoundOf(locals.ctx.db, id);
			for (const r of round?.recommendationIds ?? []) if (!(r in choices)) choices[r] = '';
			await castBallot(locals.ctx, id, Object.fromEntries(Object.entries(choices).filter(([, v]) => v)));
			return 'ok' as const;
		});
		if (result !== 'ok') return result;
		redirect(303, `${url.pathname}?voted=1#ballot`);
	}
};
