import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { checkCode, panelIdBySlug, registerVolunteer, validateRegistration } from '$lib/server/panels/service';
import { ServiceError } from '$lib/server/core/errors';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	requireSignedIn(locals, url);
	const { panel } = await parent();
	const raw = url.searchParams.get('code');
	let code: { code: string; street: string; postcode: string; city: string } | null = null;
	let codeError = '';
	if (raw !== null) {
		try {
			code = await checkCode(locals.ctx, panel.id, raw);
		} catch (e) {
			if (!(e instanceof ServiceError)) throw e;
			codeError = e.fields.code ?? e.code;
		}
	}
	return { code, codeError, codeTyped: raw ?? '', user: locals.user };
};

function fields(form: FormData): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of form) if (typeof v === 'string') out[k] = v;
	return out;
}

export const actions: Actions = {
	check: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const data = await validateRegistration(locals.ctx, id, fields(form));
			return { check: data, values: Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string> };
		});
	},
	edit: async ({ request }) => {
		const form = await request.formData();
		return { editing: true, values: Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string> };
	},
	confirm: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await registerVolunteer(locals.ctx, id, fields(form));
			return 'ok' as const;
		});
		if (result !== 'ok') return result;
		redirect(303, url.pathname.replace(/\/volunteer$/, '/volunteer/done'));
	}
};
