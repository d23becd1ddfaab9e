import { s as saveDraft, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, l as loadOr404, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/budgets/[slug]/submit/+page.server.ts
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	return { ed: await loadOr404(() => getEdition(locals.ctx, params.slug)) };
};
var actions = { default: async ({ locals, params, request, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const form = await request.formData();
	const res = await formAction(form, () => saveDraft(locals.ctx, ed.process.id, {
		poolId: form.get("poolId") ?? "",
		title: form.get("title"),
		description: form.get("description")
	}));
	if (typeof res === "string") redirect(303, localizeHref(`/budgets/${params.slug}/my/${res}/place`));
	return res;
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BU-oRqic.js.map
