import { aj as requestPasswordReset } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { r as runtime } from '../../../chunks/runtime.js-Cpy3HRXz.js';
import { f as formAction } from '../../../chunks/http.js-DEPnrH4W.js';

// src/routes/forgot-password/+page.server.ts
var actions = { default: async ({ locals, request }) => {
	const form = await request.formData();
	return formAction(form, async () => {
		await requestPasswordReset(locals.ctx, runtime().auth, { email: form.get("email") }, locals.clientKey);
		return { sent: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Bzr8ghEL.js.map
