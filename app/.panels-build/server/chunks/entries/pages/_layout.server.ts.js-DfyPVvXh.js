import { u as unreadCount } from '../../chunks/service3.js-BzPHPzf0.js';

// src/routes/+layout.server.ts
var load = async ({ locals }) => ({
	user: locals.user,
	unread: await unreadCount(locals.ctx)
});

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-DfyPVvXh.js.map
