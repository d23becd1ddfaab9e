import { ac as listSubmissions, T as panelIdBySlug, ad as withdraw, ae as submitToPanel } from '../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/panels/[slug]/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return {
		submissions: await listSubmissions(locals.ctx.db, panel.id),
		canSubmit: !!locals.actor?.emailVerified
	};
};
var actions = {
	submit: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await submitToPanel(locals.ctx, id, {
				title: form.get("title"),
				body: form.get("body"),
				organisation: form.get("organisation") ?? ""
			});
			return { submitted: true };
		});
	},
	withdraw: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await withdraw(locals.ctx, id);
			return { withdrawn: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C8e8dIRj.js.map
