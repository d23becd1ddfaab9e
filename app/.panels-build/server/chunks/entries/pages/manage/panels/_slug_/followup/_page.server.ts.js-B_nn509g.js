import { $ as listMembers, X as listRecommendations, T as panelIdBySlug, a0 as appointMonitors, a1 as addUpdate, a2 as respond } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/panels/[slug]/followup/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return {
		recommendations: (await listRecommendations(locals.ctx.db, panel.id)).filter((r) => r.status === "passed" || r.status === "failed"),
		members: await listMembers(locals.ctx.db, panel.id)
	};
};
var act = (fn) => (async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
});
var actions = {
	respond: act(async (locals, _id, form) => {
		await respond(locals.ctx, String(form.get("recommendationId") ?? ""), {
			response: form.get("response"),
			department: form.get("department"),
			deadline: form.get("deadline") ?? "",
			status: form.get("status")
		});
		return { responded: String(form.get("recommendationId")) };
	}),
	update: act(async (locals, _id, form) => {
		await addUpdate(locals.ctx, String(form.get("recommendationId") ?? ""), {
			status: form.get("status"),
			body: form.get("body")
		});
		return { updated: String(form.get("recommendationId")) };
	}),
	monitors: act(async (locals, id, form) => {
		await appointMonitors(locals.ctx, id, form.getAll("userIds").map(String));
		return { monitors: true };
	})
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B_nn509g.js.map
