import { X as listRecommendations, ai as listAssessments, aj as scorecard, T as panelIdBySlug, ak as postAssessment } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/panels/[slug]/scorecard/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	const recs = (await listRecommendations(locals.ctx.db, panel.id)).filter((r) => r.status === "passed" || r.status === "failed");
	return {
		card: await scorecard(locals.ctx, panel.id),
		recs,
		assessments: await listAssessments(locals.ctx.db, panel.id)
	};
};
var actions = { assess: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => {
		const id = await panelIdBySlug(locals.ctx.db, params.slug);
		await postAssessment(locals.ctx, id, {
			rating: form.get("rating"),
			body: form.get("body")
		});
		return { assessed: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DYheTaBt.js.map
