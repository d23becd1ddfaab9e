import type { Actions, PageServerLoad } from './$types';
import { answerSubmission, answerTheme, assignTheme, createTheme, getConsultation, submissionsForManager } from '$lib/server/consultations';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return await submissionsForManager(locals.ctx, c.process.id);
};

async function pid(locals: App.Locals, slug: string) {
	return (await loadOr404(() => getConsultation(locals.ctx, slug))).process.id;
}

export const actions: Actions = {
	theme: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(form, async () => ({ themeCreated: await createTheme(locals.ctx, id, { title: form.get('title') }) }));
	},
	assign: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await assignTheme(locals.ctx, id, { kind: form.get('kind'), submissionId: form.get('submissionId'), themeId: form.get('themeId') ?? '' });
			return { assigned: true };
		});
	},
	answerTheme: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		const themeId = String(form.get('themeId') ?? '');
		return formAction(form, async () => {
			try {
				await answerTheme(locals.ctx, id, themeId, { status: form.get('status'), reason: form.get('reason') });
			} catch (e) {
				// Name the fields of this theme's form in the error summary.
				const err = e as { fields?: Record<string, string>; fieldParams?: Record<string, unknown> };
				if (err.fields) err.fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${k}-${themeId}`, v]));
				if (err.fieldParams) err.fieldParams = Object.fromEntries(Object.entries(err.fieldParams).map(([k, v]) => [`${k}-${themeId}`, v]));
				throw e;
			}
			return { answered: true };
		});
	},
	answerSubmission: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		const sid = String(form.get('submissionId') ?? '');
		return formAction(form, async () => {
			try {
				await answerSubmission(locals.ctx, id, { kind: form.get('kind'), submissionId: sid, status: form.get('status'), reason: form.get('reason') });
			} catch (e) {
				const err = e as { fields?: Record<string, string>; fieldParams?: Record<string, unknown> };
				if (err.fields) err.fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${k}-${sid}`, v]));
				if (err.fieldParams) err.fieldParams = Object.fromEntries(Object.entries(err.fieldParams).map(([k, v]) => [`${k}-${sid}`, v]));
				throw e;
			}
			return { answered: true };
		});
	}
};
