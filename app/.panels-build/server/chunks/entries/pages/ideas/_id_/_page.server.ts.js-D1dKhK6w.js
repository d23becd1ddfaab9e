import { I as IDEA_STATUSES, r as respondToIdea, g as getIdea, s as supportIdea } from '../../../../chunks/ideas.js-CAhG4kXJ.js';
import { l as listComments, r as reportComment, a as addComment } from '../../../../chunks/service7.js-DStGSMM8.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/ideas/[id]/+page.server.ts
var load = async ({ locals, params, url }) => {
	const idea = await loadOr404(() => getIdea(locals.ctx, params.id));
	return {
		idea,
		comments: await listComments(locals.ctx, "idea", idea.id),
		canComment: !!locals.actor?.emailVerified,
		created: url.searchParams.has("created"),
		statuses: IDEA_STATUSES.filter((s) => s !== "open")
	};
};
var actions = {
	support: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await supportIdea(locals.ctx, params.id, form.get("on") !== "false");
			return { supported: form.get("on") !== "false" };
		});
	},
	comment: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => ({ commented: await addComment(locals.ctx, {
			targetType: "idea",
			targetId: params.id,
			parentId: form.get("parentId") || null,
			body: form.get("body")
		}) }));
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
	},
	respond: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, async () => respondToIdea(locals.ctx, params.id, {
			status: form.get("status"),
			response: form.get("response")
		}));
		if (res && "processSlug" in res && res.processSlug) redirect(303, localizeHref(`/manage/processes/${res.processSlug}`));
		return res && "processSlug" in res ? { responded: true } : res;
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D1dKhK6w.js.map
