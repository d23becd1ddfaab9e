import { Q as QUESTION_KINDS, L as listQuestions, l as getConsultation, a0 as removeQuestion, a1 as moveQuestion, a2 as addQuestion } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/survey/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		questions: await listQuestions(locals.ctx.db, c.process.id),
		kinds: QUESTION_KINDS
	};
};
async function pid(locals, slug) {
	return (await loadOr404(() => getConsultation(locals.ctx, slug))).process.id;
}
var actions = {
	add: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(form, async () => ({ added: await addQuestion(locals.ctx, id, Object.fromEntries([...form].filter(([, v]) => typeof v === "string"))) }));
	},
	move: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await moveQuestion(locals.ctx, id, String(form.get("questionId") ?? ""), form.get("direction") === "up" ? "up" : "down");
			return { moved: true };
		});
	},
	remove: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await removeQuestion(locals.ctx, id, String(form.get("questionId") ?? ""));
			return { removed: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-ByeOrWR2.js.map
