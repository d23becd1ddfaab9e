import type { Actions, PageServerLoad } from './$types';
import { addQuestion, getConsultation, listQuestions, moveQuestion, removeQuestion } from '$lib/server/consultations';
import { QUESTION_KINDS } from '$lib/server/consultations/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { questions: await listQuestions(locals.ctx.db, c.process.id), kinds: QUESTION_KINDS };
};

async function pid(locals: App.Locals, slug: string) {
	return (await loadOr404(() => getConsultation(locals.ctx, slug))).process.id;
}

export const actions: Actions = {
	add: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(form, async () => ({ added: await addQuestion(locals.ctx, id, Object.fromEntries([...form].filter(([, v]) => typeof v === 'string'))) }));
	},
	move: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await moveQuestion(locals.ctx, id, String(form.get('questionId') ?? ''), form.get('direction') === 'up' ? 'up' : 'down');
			return { moved: true };
		});
	},
	remove: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await removeQuestion(locals.ctx, id, String(form.get('questionId') ?? ''));
			return { removed: true };
		});
	}
};
