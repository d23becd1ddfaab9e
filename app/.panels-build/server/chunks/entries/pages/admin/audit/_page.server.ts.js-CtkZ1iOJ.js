import { l as listAudit } from '../../../../chunks/service2.js-qqQkOHfI.js';
import { r as requireSignedIn, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/admin/audit/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { entries: await loadOr404(() => listAudit(locals.ctx, { limit: 300 })) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CtkZ1iOJ.js.map
