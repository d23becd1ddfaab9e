import { M as MINIMUMS, j as STAKEHOLDERS, F as FORMS, k as AGE_BANDS, l as getConsultation, N as saveConsultationSettings } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/+page.server.ts
var load = async ({ locals }) => ({
	districts: await listDistricts(locals.ctx.db),
	ageBands: AGE_BANDS,
	forms: FORMS,
	stakeholders: STAKEHOLDERS,
	minimums: MINIMUMS,
	isAdmin: locals.actor?.role === "admin"
});
/** Dates are typed in Kraków's time (datetime-local) and stored as instants. */
function krakow(v) {
	const s = String(v ?? "").trim();
	if (!s) return "";
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s)) return s;
	const local = s.length === 10 ? `${s}T00:00` : s;
	const guess = /* @__PURE__ */ new Date(`${local}:00Z`);
	const offset = new Date(guess.toLocaleString("en-US", { timeZone: "Europe/Warsaw" })).getTime() - new Date(guess.toLocaleString("en-US", { timeZone: "UTC" })).getTime();
	return new Date(guess.getTime() - offset).toISOString();
}
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => {
		const { warnings } = await saveConsultationSettings(locals.ctx, c.process.id, {
			targetDistricts: form.getAll("targetDistricts"),
			targetAgeBands: form.getAll("targetAgeBands"),
			targetStakeholders: form.getAll("targetStakeholders"),
			forms: form.getAll("forms"),
			infoStartsAt: krakow(form.get("infoStartsAt")),
			startsAt: krakow(form.get("startsAt")),
			endsAt: krakow(form.get("endsAt")),
			reportDueAt: krakow(form.get("reportDueAt")),
			surveyAnonymous: form.get("surveyAnonymous") ?? "",
			surveyIntro: form.get("surveyIntro") ?? "",
			overrideReason: form.get("overrideReason") ?? ""
		});
		return {
			saved: true,
			warnings
		};
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B3g5NQX8.js.map
