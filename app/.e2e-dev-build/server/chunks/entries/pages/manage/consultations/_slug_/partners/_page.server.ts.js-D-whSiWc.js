import { P as PARTNER_KINDS, u as listSessions, Z as listPartners, l as getConsultation, _ as authorisePartner } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/partners/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		partners: await listPartners(locals.ctx, c.process.id),
		sessions: await listSessions(locals.ctx, c.process.id),
		kinds: PARTNER_KINDS
	};
};
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => ({ authorised: await authorisePartner(locals.ctx, c.process.id, {
		name: form.get("name"),
		kind: form.get("kind"),
		email: form.get("email")
	}) }));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D-whSiWc.js.map
