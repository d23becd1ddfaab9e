import { ak as resetPassword } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { r as runtime } from '../../../chunks/runtime.js-Cpy3HRXz.js';
import { f as formAction } from '../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect } from '../../../chunks/utils.js-CxipxXTP.js';

// src/routes/reset-password/+page.server.ts
var load = async ({ url }) => ({
	token: url.searchParams.get("token") ?? "",
	invalid: url.searchParams.get("error") === "INVALID_TOKEN"
});
var actions = { default: async ({ locals, request }) => {
	const form = await request.formData();
	const result = await formAction(form, async () => {
		await resetPassword(locals.ctx, runtime().auth, {
			token: form.get("token"),
			password: form.get("password")
		}, locals.clientKey);
		return null;
	});
	if (result !== null) return result;
	redirect(303, "/signin?reset=1");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DgsDig6h.js.map
