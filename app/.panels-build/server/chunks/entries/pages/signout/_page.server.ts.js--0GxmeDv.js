import { r as runtime } from '../../../chunks/runtime.js-Cpy3HRXz.js';
import { A as redirect } from '../../../chunks/utils.js-CxipxXTP.js';

// src/routes/signout/+page.server.ts
var load = async () => redirect(303, "/");
var actions = { default: async ({ request }) => {
	await runtime().auth.api.signOut({ headers: request.headers }).catch(() => void 0);
	redirect(303, "/");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js--0GxmeDv.js.map
