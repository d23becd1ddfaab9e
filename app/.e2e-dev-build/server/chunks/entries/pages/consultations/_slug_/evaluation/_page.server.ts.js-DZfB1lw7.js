import { z as evaluationStatus, l as getConsultation, B as submitEvaluation } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/consultations/[slug]/evaluation/+page.server.ts
var load = async ({ locals, parent, url }) => {
	requireSignedIn(locals, url);
	const { c } = await parent();
	return { status: await evaluationStatus(locals.ctx, c.process.id) };
};
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => {
		await submitEvaluation(locals.ctx, c.process.id, {
			scopeClear: form.get("scopeClear"),
			heard: form.get("heard"),
			again: form.get("again"),
			comment: form.get("comment") ?? ""
		});
		return { evaluated: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DZfB1lw7.js.map
