import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { assertRegistersOthers, panelIdBySlug, registerAssisted, validateAssisted, SUGGESTED_PLACES } from '$lib/server/panels/service';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	return { places: [...SUGGESTED_PLACES], registered: url.searchParams.has('registered'), staffName: locals.user?.name ?? '' };
};

function fields(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of form) if (typeof v === 'string') out[k] = v;
	return out;
}

export const actions: Actions = {
	check: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const data = await validateAssisted(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), fields(form));
			return { check: data, values: fields(form) };
		});
	},
	edit: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await assertRegistersOthers(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug));
			return { editing: true, values: fields(form) };
		});
	},
	confirm: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			await registerAssisted(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), fields(form));
			return 'ok' as const;
		});
		if (result !== 'ok') return result;
		redirect(303, `${url.pathname}?registered`);
	}
};
