import { X as listRecommendations, af as getRecommendation, T as panelIdBySlug, ag as commentOnRecommendation, ah as editRecommendation } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { l as listComments, r as reportComment } from '../../../../../../chunks/service7.js-DStGSMM8.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/panels/[slug]/recommendations/[number]/+page.server.ts
var load = async ({ locals, params, parent }) => {
	const { panel } = await parent();
	const n = Number(params.number);
	if (!Number.isInteger(n) || n < 1 || n > 1e5) error(404, "Not found");
	const rec = await loadOr404(() => getRecommendation(locals.ctx, panel.id, n));
	const insider = panel.isPanelist || panel.canManage;
	if ((rec.status === "draft" || rec.status === "in_vote") && !insider) error(404, "Not found");
	const full = (await listRecommendations(locals.ctx.db, panel.id)).find((r) => r.id === rec.id);
	return {
		rec: {
			...rec,
			response: full.response,
			updates: full.updates
		},
		comments: insider ? await listComments(locals.ctx, "recommendation", rec.id) : [],
		insider
	};
};
var actions = {
	edit: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const rec = await getRecommendation(locals.ctx, id, Number(params.number));
			await editRecommendation(locals.ctx, rec.id, {
				title: form.get("title"),
				body: form.get("body"),
				version: form.get("version"),
				withinCityPowers: form.get("withinCityPowers") ?? ""
			});
			return { edited: true };
		});
	},
	comment: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const rec = await getRecommendation(locals.ctx, id, Number(params.number));
			await commentOnRecommendation(locals.ctx, rec.id, form.get("body"), form.get("parentId") || null);
			return { commented: true };
		});
	},
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, {
				commentId: form.get("commentId"),
				reason: form.get("reason")
			});
			return { reported: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BUw97hat.js.map
