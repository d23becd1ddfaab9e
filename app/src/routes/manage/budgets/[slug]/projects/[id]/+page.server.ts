import type { Actions, PageServerLoad } from './$types';
import { addImplementationUpdate, addPhoto, getProject, verifyProject, volunteersOf } from '$lib/server/budgets/service';
import { formAction, loadOr404, requireSignedIn, httpError } from '$lib/server/http';
import { writtenIn } from '$lib/server/contentLang';

async function managed(locals: App.Locals, id: string) {
	const p = await loadOr404(() => getProject(locals.ctx, id));
	if (!p.canManage) httpError(403, 'forbidden');
	return p;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const p = await managed(locals, params.id);
	return { p, volunteers: await volunteersOf(locals.ctx, params.id) };
};

export const actions: Actions = {
	verify: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await verifyProject(locals.ctx, params.id, { stage: form.get('stage'), positive: form.get('positive'), justification: form.get('justification'), correctedCost: form.get('correctedCost') ?? '' });
			return { saved: 'verify' };
		});
	},
	update: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await addImplementationUpdate(locals.ctx, params.id, { status: form.get('status'), progress: form.get('progress'), department: form.get('department') ?? '', body: form.get('body'), volunteersWanted: form.get('volunteersWanted') ?? '', lang: writtenIn(form) });
			const file = form.get('photo');
			if (file instanceof File && file.size > 0) await addPhoto(locals.ctx, params.id, { bytes: Buffer.from(await file.arrayBuffer()), alt: form.get('alt'), updateId: id });
			return { saved: 'update' };
		});
	}
};
