import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { extendVoting, extensionPreview } from '$lib/server/budgets/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { managedEdition as managed } from '../../managed';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	return { ed: { slug: ed.process.slug, title: ed.process.title }, preview: await extensionPreview(locals.ctx, ed.process.id) };
};

/** The form sends a day (YYYY-MM-DD); voting then closes that day at the time of day it closes now. */
function closingOn(day: string, current: Date): Date | string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
	return new Date(`${day}T${current.toISOString().slice(11)}`);
}

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			await extendVoting(locals.ctx, ed.process.id, { votingClosesAt: closingOn(String(form.get('votingClosesAt') ?? ''), ed.edition.votingClosesAt), reason: form.get('reason') });
			return { done: true };
		});
		if (result && 'done' in result) redirect(303, localizeHref(`/manage/budgets/${ed.process.slug}?done=extend`));
		return result;
	}
};
