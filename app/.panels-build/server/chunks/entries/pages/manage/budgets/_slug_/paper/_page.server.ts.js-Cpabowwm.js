import { V as ballotSheet, $ as paperEntries, L as getEdition, a0 as enterPaperBallot } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/budgets/[slug]/paper/+page.server.ts
async function managed(locals, slug) {
	const ed = await loadOr404(() => getEdition(locals.ctx, slug));
	if (!ed.canManage) error(403, "Forbidden");
	return ed;
}
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	return {
		ed,
		sheet: await ballotSheet(locals.ctx, ed.process.id),
		entries: await paperEntries(locals.ctx, ed.process.id)
	};
};
var actions = { default: async ({ locals, params, request, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	const form = await request.formData();
	const sheet = await ballotSheet(locals.ctx, ed.process.id);
	const parts = {};
	for (const pool of sheet.pools) {
		const ids = [];
		for (let k = 1; k <= 10; k++) {
			const v = String(form.get(`rank-${pool.id}-${k}`) ?? "");
			if (v) ids.push(v);
		}
		for (const v of form.getAll(`pick-${pool.id}`)) ids.push(String(v));
		if (ids.length) parts[pool.id] = { projects: ids };
	}
	return formAction(form, async () => ({ paper: await enterPaperBallot(locals.ctx, ed.process.id, {
		paperNumber: form.get("paperNumber"),
		parts
	}) }));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Cpabowwm.js.map
