import { ag as listUsers, ah as setRole } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../chunks/http.js-DEPnrH4W.js';
import { R as ROLES } from '../../../chunks/schema.js-Do_En6u5.js';

// src/routes/admin/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const q = url.searchParams.get("q") ?? "";
	return {
		users: await loadOr404(() => listUsers(locals.ctx, q)),
		q,
		roles: ROLES
	};
};
var actions = { role: async ({ locals, request, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => {
		await setRole(locals.ctx, String(form.get("userId") ?? ""), form.get("role"));
		return { saved: true };
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CC1EeCFX.js.map
