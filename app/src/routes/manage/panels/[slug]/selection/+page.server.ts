import type { Actions, PageServerLoad } from './$types';
import { commitSeed, drawStatus, freezePool, panelIdBySlug, performDraw, publicDraw, reviewDraw, startSelection } from '$lib/server/panels/service';
import { kickSelections } from '$lib/server/panels/runner';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { job: await drawStatus(locals.ctx.db, panel.id), draw: await publicDraw(locals.ctx, panel.id) };
};

const act = (fn: (locals: App.Locals, id: string, form: FormData) => Promise<Record<string, unknown>>) =>
	(async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
	}) satisfies Actions[string];

const drawForm = (form: FormData) => Object.fromEntries(['kind', 'dice', 'witnesses', 'numbers', 'source', 'announcedAt'].map((k) => [k, String(form.get(k) ?? '')]));

export const actions: Actions = {
	freeze: act(async (locals, id) => {
		await freezePool(locals.ctx, id);
		return { frozen: true };
	}),
	start: act(async (locals, id, form) => {
		await startSelection(locals.ctx, id, { m: form.get('m') || 1000 });
		kickSelections(locals.ctx.db);
		return { started: true };
	}),
	commit: act(async (locals, id) => {
		await commitSeed(locals.ctx, id);
		return { committed: true };
	}),
	// Check your answers first: the public input and what the draw will do, nothing written yet.
	review: act(async (locals, id, form) => {
		// What was typed goes back as hidden fields of the confirmation form.
		return { review: await reviewDraw(locals.ctx, id, drawForm(form)), values: drawForm(form) };
	}),
	draw: act(async (locals, id, form) => {
		const r = await performDraw(locals.ctx, id, drawForm(form));
		return { drawn: r.chosen };
	})
};
