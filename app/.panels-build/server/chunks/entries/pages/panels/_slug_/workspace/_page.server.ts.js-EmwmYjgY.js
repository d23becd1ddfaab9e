import { W as openRoundOf, ao as myBallot, X as listRecommendations, ac as listSubmissions, Y as listSessions, T as panelIdBySlug, ap as castBallot, aq as createRecommendation } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect, v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/panels/[slug]/workspace/+page.server.ts
var load = async ({ locals, url, parent }) => {
	requireSignedIn(locals, url);
	const { panel } = await parent();
	if (!panel.isPanelist && !panel.canManage) error(403, "Only this panel’s panelists");
	const round = await openRoundOf(locals.ctx.db, panel.id);
	return {
		sessions: await listSessions(locals.ctx.db, panel.id),
		submissions: await listSubmissions(locals.ctx.db, panel.id),
		recommendations: await listRecommendations(locals.ctx.db, panel.id),
		round,
		ballot: round ? await myBallot(locals.ctx, round.id) : {},
		voted: url.searchParams.has("voted")
	};
};
var actions = {
	draft: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await createRecommendation(locals.ctx, id, {
				title: form.get("title"),
				body: form.get("body"),
				withinCityPowers: form.get("withinCityPowers") ?? ""
			});
			return { drafted: true };
		});
	},
	vote: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const choices = {};
			for (const [k, v] of form) if (k.startsWith("choice_") && typeof v === "string") choices[k.slice(7)] = v;
			const round = await openRoundOf(locals.ctx.db, id);
			for (const r of round?.recommendationIds ?? []) if (!(r in choices)) choices[r] = "";
			await castBallot(locals.ctx, id, Object.fromEntries(Object.entries(choices).filter(([, v]) => v)));
			return "ok";
		});
		if (result !== "ok") return result;
		redirect(303, `${url.pathname}?voted=1#ballot`);
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-EmwmYjgY.js.map
