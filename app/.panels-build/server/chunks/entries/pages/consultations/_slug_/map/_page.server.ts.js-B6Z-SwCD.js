import { v as publicAnswers, C as listPins, l as getConsultation, D as addPin } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { d as districtGeometries } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { C as CLIMATE_TOPICS } from '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/consultations/[slug]/map/+page.server.ts
var load = async ({ locals, parent, url }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes("map")) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	const topicParam = url.searchParams.get("topic") ?? "";
	const topic = CLIMATE_TOPICS.includes(topicParam) ? topicParam : "";
	const answers = await publicAnswers(locals.ctx, c.process.id);
	const themes = Object.fromEntries(answers.themes.map((t) => [t.id, t]));
	const answerOf = Object.fromEntries(answers.submissions.filter((s) => s.kind === "pin").map((s) => [s.id, s.status ?? (s.themeId ? themes[s.themeId]?.status : null) ?? null]));
	return {
		pins: await listPins(locals.ctx, c.process.id, topic || void 0),
		topic,
		topics: CLIMATE_TOPICS,
		districts: await districtGeometries(locals.ctx.db),
		canPin: !!locals.actor?.emailVerified,
		answerOf
	};
};
var actions = { pin: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return formAction(form, async () => ({ pinned: await addPin(locals.ctx, c.process.id, {
		topic: form.get("topic"),
		lat: form.get("lat"),
		lon: form.get("lon"),
		body: form.get("body")
	}) }));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B6Z-SwCD.js.map
