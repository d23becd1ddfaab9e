import { al as signIn } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { r as runtime } from '../../../chunks/runtime.js-Cpy3HRXz.js';
import { f as formAction, s as safeNext } from '../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect } from '../../../chunks/utils.js-CxipxXTP.js';

// src/routes/signin/+page.server.ts
var load = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get("next"), "/"));
	return {
		verified: url.searchParams.has("verified"),
		reset: url.searchParams.has("reset"),
		next: safeNext(url.searchParams.get("next"), "")
	};
};
var actions = { default: async ({ locals, request }) => {
	const form = await request.formData();
	const result = await formAction(form, async () => {
		await signIn(locals.ctx, runtime().auth, {
			email: form.get("email"),
			password: form.get("password")
		}, locals.clientKey, request.headers);
		return null;
	});
	if (result !== null) return result;
	redirect(303, safeNext(String(form.get("next") ?? ""), "/"));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dmt8FyZ4.js.map
