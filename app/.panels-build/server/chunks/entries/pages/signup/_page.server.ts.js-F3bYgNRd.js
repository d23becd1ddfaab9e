import { am as signUp } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { r as runtime } from '../../../chunks/runtime.js-Cpy3HRXz.js';
import { f as formAction } from '../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect } from '../../../chunks/utils.js-CxipxXTP.js';

// src/routes/signup/+page.server.ts
var load = async ({ locals }) => {
	if (locals.user) redirect(303, "/account");
};
var actions = { default: async ({ locals, request }) => {
	const form = await request.formData();
	return formAction(form, async () => {
		await signUp(locals.ctx, runtime().auth, {
			name: form.get("name"),
			email: form.get("email"),
			password: form.get("password")
		}, locals.clientKey);
		return {
			signedUp: true,
			email: String(form.get("email"))
		};
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-F3bYgNRd.js.map
