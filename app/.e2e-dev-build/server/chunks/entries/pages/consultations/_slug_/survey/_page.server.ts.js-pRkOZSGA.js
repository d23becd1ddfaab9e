import { S as ServiceError } from '../../../../../chunks/errors2.js-qlgBpaJE.js';
import { H as submitSurveyResponse, I as answersFromForm, J as checkSurveyAnswers, K as hasAnswered, L as listQuestions, l as getConsultation } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { d as districtGeometries } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect, B as fail } from '../../../../../chunks/utils.js-CxipxXTP.js';
import { randomBytes } from 'node:crypto';

// src/routes/consultations/[slug]/survey/+page.server.ts
var DEVICE = "decydujemy_device";
var load = async ({ locals, parent, cookies, url }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes("survey")) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	let device = cookies.get(DEVICE);
	if (c.settings.surveyAnonymous && !device) {
		device = randomBytes(18).toString("base64url");
		cookies.set(DEVICE, device, {
			path: "/",
			httpOnly: true,
			sameSite: "lax",
			secure: url.protocol === "https:",
			maxAge: 31536e3
		});
	}
	return {
		questions: await listQuestions(locals.ctx.db, c.process.id),
		answered: await hasAnswered(locals.ctx, c.process.id, {
			deviceCookie: device,
			anonymous: c.settings.surveyAnonymous
		}),
		signedIn: !!locals.actor,
		districts: await districtGeometries(locals.ctx.db)
	};
};
async function context(locals, slug) {
	const c = await loadOr404(() => getConsultation(locals.ctx, slug));
	return {
		c,
		questions: await listQuestions(locals.ctx.db, c.process.id)
	};
}
function failure(e, prefill) {
	if (e instanceof ServiceError) return fail(e.status, {
		message: e.message,
		code: e.code,
		fields: e.fields,
		prefill
	});
	throw e;
}
function parseJson(form) {
	try {
		const v = JSON.parse(String(form.get("answers_json") ?? "{}"));
		return v && typeof v === "object" && !Array.isArray(v) ? v : {};
	} catch {
		return {};
	}
}
var actions = {
	/** Check your answers: validate, then show them back before the final submit. */
	review: async ({ locals, request, params }) => {
		const form = await request.formData();
		const { c, questions } = await context(locals, params.slug);
		const raw = answersFromForm(form, questions);
		try {
			const { answers } = await checkSurveyAnswers(locals.ctx, c.process.id, raw);
			return {
				review: true,
				answers,
				answersJson: JSON.stringify(answers)
			};
		} catch (e) {
			return failure(e, raw);
		}
	},
	/** "Change": back to the form with the answers filled in. */
	edit: async ({ request }) => {
		return {
			edit: true,
			prefill: parseJson(await request.formData())
		};
	},
	submit: async ({ locals, request, params, cookies }) => {
		const form = await request.formData();
		const { c } = await context(locals, params.slug);
		const answers = parseJson(form);
		let receipt;
		try {
			({receipt} = await submitSurveyResponse(locals.ctx, c.process.id, answers, { deviceCookie: cookies.get(DEVICE) }));
		} catch (e) {
			return failure(e, answers);
		}
		redirect(303, localizeHref(`/consultations/${c.process.slug}/survey/done?receipt=${receipt}`));
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-pRkOZSGA.js.map
