import { m as markAllRead, b as myNotifications } from '../../../chunks/service3.js-BzPHPzf0.js';
import { r as requireSignedIn } from '../../../chunks/http.js-DEPnrH4W.js';

// src/routes/notifications/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { notifications: await myNotifications(locals.ctx) };
};
var actions = { read: async ({ locals, url }) => {
	requireSignedIn(locals, url);
	await markAllRead(locals.ctx);
	return { done: true };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-5y_YvQpY.js.map
