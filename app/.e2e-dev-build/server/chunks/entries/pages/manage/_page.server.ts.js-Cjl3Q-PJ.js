import { a as listManagedProcesses } from '../../../chunks/service4.js-B9dMCCsC.js';
import { r as requireSignedIn, l as loadOr404 } from '../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { processes: await loadOr404(() => listManagedProcesses(locals.ctx)) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Cjl3Q-PJ.js.map
