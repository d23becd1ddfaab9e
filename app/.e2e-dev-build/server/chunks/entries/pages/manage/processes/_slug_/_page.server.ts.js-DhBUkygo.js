import { g as getProcess, s as setProcessStatus, u as updateProcess } from '../../../../../chunks/service4.js-B9dMCCsC.js';
import { p as processFromForm } from '../../../../../chunks/form2.js-nHeEbJ0S.js';
import { C as CLIMATE_TOPICS, M as MECHANISMS } from '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/processes/[slug]/+page.server.ts
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const process = await loadOr404(() => getProcess(locals.ctx, params.slug));
	if (!process.canManage) error(403, "Forbidden");
	return {
		process,
		created: url.searchParams.has("created"),
		districts: await listDistricts(locals.ctx.db),
		mechanisms: MECHANISMS,
		topics: CLIMATE_TOPICS,
		rows: 6
	};
};
var actions = {
	save: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			await updateProcess(locals.ctx, p.id, processFromForm(form));
			return { saved: true };
		});
	},
	status: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			const status = String(form.get("status"));
			if (status !== "draft" && status !== "published" && status !== "closed") error(400, "Bad status");
			await setProcessStatus(locals.ctx, p.id, status, String(form.get("outcome") ?? "") || void 0);
			return { statusSaved: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DhBUkygo.js.map
