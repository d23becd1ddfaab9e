import { p as processRules, c as createProcess } from '../../../../../chunks/service4.js-B9dMCCsC.js';
import { p as processFromForm } from '../../../../../chunks/form2.js-nHeEbJ0S.js';
import { C as CLIMATE_TOPICS, M as MECHANISMS } from '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect, v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/processes/new/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) error(403, "Forbidden");
	return {
		districts: await listDistricts(locals.ctx.db),
		mechanisms: MECHANISMS,
		topics: CLIMATE_TOPICS,
		rows: 6
	};
};
var actions = { save: async ({ locals, request, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const result = await formAction(form, async () => (await createProcess(locals.ctx, processFromForm(form))).slug);
	if (typeof result !== "string") return result;
	redirect(303, `/manage/processes/${result}?created=1`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BO9-DPof.js.map
