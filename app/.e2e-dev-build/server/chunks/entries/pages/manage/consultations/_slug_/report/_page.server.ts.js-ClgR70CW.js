import { l as getConsultation, $ as publishReport } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/report/+page.server.ts
var load = async () => ({});
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => {
		await publishReport(locals.ctx, c.process.id, { decision: form.get("decision") });
		return { published: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-ClgR70CW.js.map
