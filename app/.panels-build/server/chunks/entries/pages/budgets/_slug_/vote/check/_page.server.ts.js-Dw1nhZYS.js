import { V as ballotSheet, t as newReceipt, X as castBallot, L as getEdition, W as checkBallot } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { d as decodeBallot } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect } from '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/budgets/[slug]/vote/check/+page.server.ts
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const b = url.searchParams.get("b") ?? "";
	const district = url.searchParams.get("district") || null;
	const parts = decodeBallot(b);
	const checked = await loadOr404(() => checkBallot(locals.ctx, ed.process.id, {
		parts,
		districtPoolId: district
	}));
	const sheet = await ballotSheet(locals.ctx, ed.process.id);
	return {
		ed,
		b,
		district,
		summary: checked.map((c) => {
			const pool = sheet.pools.find((p) => p.id === c.poolId);
			return {
				poolId: c.poolId,
				name: pool.name,
				choices: c.projectIds.map((id, k) => ({
					title: pool.projects.find((p) => p.id === id)?.title ?? id,
					points: c.points[k]
				}))
			};
		}),
		receipt: newReceipt()
	};
};
var actions = { default: async ({ locals, params, request, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const form = await request.formData();
	const res = await formAction(form, () => castBallot(locals.ctx, ed.process.id, {
		residence: form.get("residence") === "yes",
		birthYear: form.get("birthYear") ?? void 0,
		receipt: form.get("receipt") ?? void 0,
		districtPoolId: form.get("district") || null,
		parts: decodeBallot(String(form.get("b") ?? ""))
	}));
	if (res && "receipt" in res) redirect(303, localizeHref(`/budgets/${params.slug}/vote/done?r=${encodeURIComponent(res.receipt)}`));
	return res;
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dw1nhZYS.js.map
