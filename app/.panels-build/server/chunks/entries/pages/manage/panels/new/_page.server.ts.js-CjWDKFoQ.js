import { h as createPanel } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { p as processRules } from '../../../../../chunks/service4.js-B9dMCCsC.js';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect, v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/panels/new/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) error(403, "Forbidden");
	return {};
};
var actions = { default: async ({ locals, request, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const result = await formAction(form, async () => {
		return (await createPanel(locals.ctx, {
			title: form.get("title"),
			description: form.get("description"),
			question: form.get("question"),
			size: form.get("size"),
			reserves: form.get("reserves"),
			openRegistration: form.get("openRegistration") === "on",
			abstainCounts: form.get("abstainCounts") === "on",
			thresholdPct: form.get("thresholdPct") || 80,
			challengeWindowDays: form.get("challengeWindowDays") || 30,
			monitoringIntervalDays: form.get("monitoringIntervalDays") || 90
		})).slug;
	});
	if (typeof result !== "string") return result;
	redirect(303, `/manage/panels/${result}?created=1`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CjWDKFoQ.js.map
