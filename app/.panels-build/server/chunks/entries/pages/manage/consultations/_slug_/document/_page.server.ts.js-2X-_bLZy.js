import { W as listParagraphs, l as getConsultation, X as removeParagraph, Y as addParagraph } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/document/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return { paragraphs: await listParagraphs(locals.ctx.db, c.process.id) };
};
var actions = {
	add: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({ added: await addParagraph(locals.ctx, c.process.id, {
			heading: form.get("heading") ?? "",
			body: form.get("body")
		}) }));
	},
	remove: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(null, async () => {
			await removeParagraph(locals.ctx, c.process.id, String(form.get("paragraphId") ?? ""));
			return { removed: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-2X-_bLZy.js.map
