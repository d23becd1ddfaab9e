import { g as getProcess } from '../../../../chunks/service4.js-B9dMCCsC.js';
import { l as listComments, r as reportComment, a as addComment } from '../../../../chunks/service7.js-DStGSMM8.js';
import { g as getDistrict } from '../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/processes/[slug]/+page.server.ts
var load = async ({ locals, params }) => {
	const process = await loadOr404(() => getProcess(locals.ctx, params.slug));
	const district = process.districtId ? await getDistrict(locals.ctx.db, process.districtId) : null;
	return {
		process,
		districtName: district ? `${district.roman}. ${district.name}` : null,
		comments: await listComments(locals.ctx, "process", process.id),
		canComment: !!locals.actor?.emailVerified
	};
};
var actions = {
	comment: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			return { commented: await addComment(locals.ctx, {
				targetType: form.get("targetType"),
				targetId: form.get("targetId"),
				parentId: form.get("parentId") || null,
				body: form.get("body")
			}) };
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
//# sourceMappingURL=_page.server.ts.js-BcU7GPpv.js.map
