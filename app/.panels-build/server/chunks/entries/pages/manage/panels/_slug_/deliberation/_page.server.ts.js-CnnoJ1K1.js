import { U as listRounds, W as openRoundOf, X as listRecommendations, Y as listSessions, T as panelIdBySlug, Z as closeRound, _ as openRound, n as addMaterial, m as addSession } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/panels/[slug]/deliberation/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return {
		sessions: await listSessions(locals.ctx.db, panel.id),
		recommendations: await listRecommendations(locals.ctx.db, panel.id),
		round: await openRoundOf(locals.ctx.db, panel.id),
		rounds: await listRounds(locals.ctx.db, panel.id)
	};
};
var act = (fn) => (async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
});
var actions = {
	session: act(async (locals, id, form) => {
		await addSession(locals.ctx, id, {
			kind: form.get("kind"),
			title: form.get("title"),
			startsAt: form.get("startsAt"),
			place: form.get("place") ?? "",
			description: form.get("description") ?? ""
		});
		return { sessionAdded: true };
	}),
	material: act(async (locals, id, form) => {
		await addMaterial(locals.ctx, id, {
			sessionId: form.get("sessionId"),
			kind: form.get("kind"),
			title: form.get("mtitle"),
			speaker: form.get("speaker") ?? "",
			url: form.get("url")
		});
		return { materialAdded: true };
	}),
	open: act(async (locals, id, form) => {
		await openRound(locals.ctx, id, {
			recommendationIds: form.getAll("recommendationIds").map(String),
			thresholdPct: form.get("thresholdPct") || void 0,
			allowAbstain: form.get("allowAbstain") === "on"
		});
		return { roundOpened: true };
	}),
	close: act(async (locals, id) => {
		await closeRound(locals.ctx, id);
		return { roundClosed: true };
	})
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CnnoJ1K1.js.map
