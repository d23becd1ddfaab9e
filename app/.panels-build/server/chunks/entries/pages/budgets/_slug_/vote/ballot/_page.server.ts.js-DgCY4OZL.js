import { L as getEdition, V as ballotSheet, W as checkBallot } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { e as encodeBallot } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { B as fail, A as redirect } from '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/budgets/[slug]/vote/ballot/+page.server.ts
async function sheetFor(locals, slug, district) {
	const ed = await loadOr404(() => getEdition(locals.ctx, slug));
	return {
		ed,
		pools: (await ballotSheet(locals.ctx, ed.process.id)).pools.filter((p) => p.kind !== "district" || p.id === district)
	};
}
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const district = url.searchParams.get("district") || null;
	return {
		...await sheetFor(locals, params.slug, district),
		district
	};
};
/** Reads the ballot form (no JavaScript): ranked selects, checkboxes or point fields per pool. */
function partsFromForm(form, pools, kind) {
	const parts = {};
	for (const pool of pools) if (kind === "krakow") {
		const ids = [];
		for (let k = 1; k <= 10; k++) {
			const v = String(form.get(`rank-${pool.id}-${k}`) ?? "");
			if (v) ids.push(v);
		}
		parts[pool.id] = { projects: ids };
	} else if (kind === "cumulative") {
		const ids = [];
		const pts = [];
		for (const p of pool.projects) {
			const raw = String(form.get(`pts-${pool.id}-${p.id}`) ?? "").trim();
			if (raw === "" || raw === "0") continue;
			ids.push(p.id);
			pts.push(Number(raw));
		}
		parts[pool.id] = {
			projects: ids,
			points: pts
		};
	} else parts[pool.id] = { projects: form.getAll(`pick-${pool.id}`).map(String) };
	return parts;
}
var actions = { default: async ({ locals, params, request, url }) => {
	requireSignedIn(locals, url);
	const district = url.searchParams.get("district") || null;
	const { ed, pools } = await sheetFor(locals, params.slug, district);
	const form = await request.formData();
	const parts = partsFromForm(form, pools, ed.edition.ballotKind);
	const res = await formAction(form, () => checkBallot(locals.ctx, ed.process.id, {
		parts,
		districtPoolId: district
	}));
	if (!Array.isArray(res)) return res ?? fail(400, {});
	redirect(303, localizeHref(`/budgets/${params.slug}/vote/check?b=${encodeURIComponent(encodeBallot(parts))}${district ? `&district=${district}` : ""}`));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DgCY4OZL.js.map
