import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { ServiceError } from '$lib/server/core/errors';
import { answersFromForm, checkSurveyAnswers, hasAnswered, listQuestions, submitSurveyResponse, getConsultation } from '$lib/server/consultations';
import { districtGeometries } from '$lib/server/districts/service';
import { failWith, loadOr404 } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { writtenIn } from '$lib/server/contentLang';

const DEVICE = 'decydujemy_device';

export const load: PageServerLoad = async ({ locals, parent, cookies, url }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes('survey')) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	let device = cookies.get(DEVICE);
	if (c.settings.surveyAnonymous && !device) {
		device = randomBytes(18).toString('base64url');
		cookies.set(DEVICE, device, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 * 60 * 24 * 365 });
	}
	return {
		questions: await listQuestions(locals.ctx.db, c.process.id),
		answered: await hasAnswered(locals.ctx, c.process.id, { deviceCookie: device, anonymous: c.settings.surveyAnonymous }),
		signedIn: !!locals.actor,
		districts: await districtGeometries(locals.ctx.db)
	};
};

async function context(locals: App.Locals, slug: string) {
	const c = await loadOr404(() => getConsultation(locals.ctx, slug));
	return { c, questions: await listQuestions(locals.ctx.db, c.process.id) };
}

function failure(e: unknown, prefill: unknown) {
	if (e instanceof ServiceError) return failWith(e, { extra: { prefill } });
	throw e;
}

function parseJson(form: FormData): Record<string, unknown> {
	try {
		const v = JSON.parse(String(form.get('answers_json') ?? '{}'));
		return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
	} catch {
		return {};
	}
}

export const actions: Actions = {
	/** Check your answers: validate, then show them back before the final submit. */
	review: async ({ locals, request, params }) => {
		const form = await request.formData();
		const { c, questions } = await context(locals, params.slug);
		const raw = answersFromForm(form, questions);
		try {
			const { answers } = await checkSurveyAnswers(locals.ctx, c.process.id, raw);
			return { review: true, answers, answersJson: JSON.stringify(answers) };
		} catch (e) {
			return failure(e, raw);
		}
	},
	/** "Change": back to the form with the answers filled in. */
	edit: async ({ request }) => {
		const form = await request.formData();
		return { edit: true, prefill: parseJson(form) };
	},
	submit: async ({ locals, request, params, cookies }) => {
		const form = await request.formData();
		const { c } = await context(locals, params.slug);
		const answers = parseJson(form);
		let receipt: string;
		try {
			({ receipt } = await submitSurveyResponse(locals.ctx, c.process.id, answers, { deviceCookie: cookies.get(DEVICE), lang: writtenIn(form) }));
		} catch (e) {
			return failure(e, answers);
		}
		redirect(303, localizeHref(`/consultations/${c.process.slug}/survey/done?receipt=${receipt}`));
	}
};
