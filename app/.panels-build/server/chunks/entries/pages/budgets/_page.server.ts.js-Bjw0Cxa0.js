import { F as listEditions } from '../../../chunks/service9.js-h2CQjVIl.js';

// src/routes/budgets/+page.server.ts
var load = async ({ locals }) => ({ editions: await listEditions(locals.ctx) });

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Bjw0Cxa0.js.map
