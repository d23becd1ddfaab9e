import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { ServiceError } from '$lib/server/core/errors';
import { commentOnParagraph, documentWithComments, publicAnswers, supportComment } from '$lib/server/consultations';
import { reportComment } from '$lib/server/comments/service';
import { failWith, formAction, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes('document')) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	const doc = await documentWithComments(locals.ctx, c.process.id);
	const answers = await publicAnswers(locals.ctx, c.process.id);
	const themes = Object.fromEntries(answers.themes.map((t) => [t.id, t]));
	const answerOf = Object.fromEntries(
		answers.submissions.filter((s) => s.kind === 'comment').map((s) => {
			const t = s.themeId ? themes[s.themeId] : undefined;
			return [s.id, s.status ? { status: s.status, reason: s.reason, lang: s.answerLang, theme: t?.title ?? null, themeLang: t?.lang ?? 'pl' } : t?.status ? { status: t.status, reason: t.reason, lang: t.lang, theme: t.title, themeLang: t.lang } : null];
		})
	);
	return { ...doc, answerOf, canComment: !!locals.actor?.emailVerified, userId: locals.actor?.id ?? null };
};

export const actions: Actions = {
	comment: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const target = String(form.get('targetId') ?? '').replace(/[^0-9a-f-]/gi, '');
		const parent = String(form.get('parentId') ?? '').replace(/[^0-9a-f-]/gi, '');
		try {
			const id = await commentOnParagraph(locals.ctx, target, { body: form.get('body'), parentId: parent || null });
			return { commented: id, paragraph: target };
		} catch (e) {
			// Point the error summary at the textarea that was used.
			if (e instanceof ServiceError) return failWith(e, { values: { body: String(form.get('body') ?? '') }, rename: (k) => (k === 'body' ? (parent ? `reply-${parent}` : `body-${target}`) : k), extra: { paragraph: target, parent } });
			throw e;
		}
	},
	support: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await supportComment(locals.ctx, String(form.get('commentId') ?? ''), form.get('on') !== 'false');
			return { supported: true };
		});
	},
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, { commentId: form.get('commentId'), reason: form.get('reason') });
			return { reported: true };
		});
	}
};
