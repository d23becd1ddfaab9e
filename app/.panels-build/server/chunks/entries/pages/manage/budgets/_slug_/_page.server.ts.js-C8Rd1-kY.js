import { Y as verificationQueue, L as getEdition, Z as advancePhase, n as addPool, _ as updateEditionRules } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { e as editionFromForm } from '../../../../../chunks/form.js-DzEX0lrX.js';
import { v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/budgets/[slug]/+page.server.ts
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
		queue: await verificationQueue(locals.ctx, ed.process.id),
		districts: await listDistricts(locals.ctx.db)
	};
};
var actions = {
	rules: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateEditionRules(locals.ctx, ed.process.id, editionFromForm(form));
			return { saved: "rules" };
		});
	},
	pool: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await addPool(locals.ctx, ed.process.id, {
				kind: form.get("kind"),
				districtId: form.get("districtId") || null,
				name: form.get("name"),
				amount: form.get("amount"),
				minCost: form.get("minCost") || 0,
				maxCost: form.get("maxCost"),
				rule: form.get("rule")
			});
			return { saved: "pool" };
		});
	},
	phase: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			const to = String(form.get("to"));
			if (![
				"support",
				"verification",
				"appeals",
				"voting",
				"results",
				"implementation"
			].includes(to)) throw new (await (import('../../../../../chunks/errors.js-BSJVDWzU.js'))).ValidationError({ to: "required" });
			await advancePhase(locals.ctx, ed.process.id, to);
			return { saved: "phase" };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C8Rd1-kY.js.map
