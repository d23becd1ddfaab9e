import type { Actions, PageServerLoad } from './$types';
import { writtenIn } from '$lib/server/contentLang';
import { redirect } from '@sveltejs/kit';
import { ServiceError } from '$lib/server/core/errors';
import { checkIdea, createIdea } from '$lib/server/ideas';
import { CLIMATE_TOPICS } from '$lib/server/processes/schema';
import { listDistricts } from '$lib/server/districts/service';
import { failWith, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';

const FIELDS = ['title', 'topic', 'location', 'districtId', 'lat', 'lon', 'description'] as const;
const read = (form: FormData) => ({ ...Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? '')])), lang: writtenIn(form) });

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { topics: CLIMATE_TOPICS, districts: await listDistricts(locals.ctx.db), verified: !!locals.actor?.emailVerified };
};

function failure(e: unknown, values: Record<string, string>) {
	if (e instanceof ServiceError) return failWith(e, { values });
	throw e;
}

export const actions: Actions = {
	/** Check your answers before the idea is published. */
	review: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const values = read(await request.formData());
		try {
			const checked = await checkIdea(locals.ctx, values);
			return { review: true, values, districtId: checked.districtId };
		} catch (e) {
			return failure(e, values);
		}
	},
	edit: async ({ request }) => ({ values: read(await request.formData()) }),
	submit: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const values = read(await request.formData());
		let id: string;
		try {
			id = await createIdea(locals.ctx, values);
		} catch (e) {
			return failure(e, values);
		}
		redirect(303, localizeHref(`/ideas/${id}?created=1`));
	}
};
