import { k as AGE_BANDS, r as myPartners, l as getConsultation, E as recordPartnerSession } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/consultations/[slug]/partner/+page.server.ts
var load = async ({ locals, parent, url }) => {
	requireSignedIn(locals, url);
	const { c } = await parent();
	return {
		partners: await myPartners(locals.ctx, c.process.id),
		districts: await listDistricts(locals.ctx.db),
		ageBands: AGE_BANDS
	};
};
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => {
		await recordPartnerSession(locals.ctx, c.process.id, Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
		return { recorded: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BmFSCJUG.js.map
