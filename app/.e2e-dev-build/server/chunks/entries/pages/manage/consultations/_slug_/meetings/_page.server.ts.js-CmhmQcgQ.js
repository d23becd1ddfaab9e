import { l as getConsultation } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { M as MEETING_FORMATS, d as listProcessMeetings, c as createMeeting } from '../../../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { l as listDistricts } from '../../../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/meetings/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		meetings: await listProcessMeetings(locals.ctx.db, c.process.id),
		formats: MEETING_FORMATS,
		districts: await listDistricts(locals.ctx.db)
	};
};
function krakow(v) {
	const s = String(v ?? "").trim();
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return s;
	const guess = /* @__PURE__ */ new Date(`${s}:00Z`);
	const offset = new Date(guess.toLocaleString("en-US", { timeZone: "Europe/Warsaw" })).getTime() - new Date(guess.toLocaleString("en-US", { timeZone: "UTC" })).getTime();
	return new Date(guess.getTime() - offset).toISOString();
}
var actions = { default: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => ({ created: await createMeeting(locals.ctx, {
		processId: c.process.id,
		title: form.get("title"),
		description: form.get("description") ?? "",
		format: form.get("format"),
		place: form.get("place") ?? "",
		link: form.get("link") ?? "",
		districtId: form.get("districtId") ?? "",
		startsAt: krakow(form.get("startsAt")),
		endsAt: krakow(form.get("endsAt")),
		capacity: form.get("capacity") ?? ""
	}) }));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CmhmQcgQ.js.map
