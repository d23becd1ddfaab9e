import { af as deleteMyAccount } from '../../../../chunks/service.js-DgzZ8ueJ.js';
import { r as requireSignedIn, f as formAction } from '../../../../chunks/http.js-DEPnrH4W.js';
import { V as ValidationError } from '../../../../chunks/errors2.js-qlgBpaJE.js';
import { A as redirect } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/account/delete/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
};
var actions = { default: async ({ locals, request, url, cookies }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	const result = await formAction(form, async () => {
		if (form.get("confirm") !== "on") throw new ValidationError({ confirm: "confirm_required" });
		await deleteMyAccount(locals.ctx);
		return null;
	});
	if (result !== null) return result;
	for (const c of cookies.getAll()) if (c.name.startsWith("decydujemy")) cookies.delete(c.name, { path: "/" });
	redirect(303, "/?deleted=1");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dlw6hmRS.js.map
