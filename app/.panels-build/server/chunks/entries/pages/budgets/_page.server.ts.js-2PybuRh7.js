import { F as listEditions } from '../../../chunks/service9.js-B--m7o24.js';

// src/routes/budgets/+page.server.ts
var load = async ({ locals }) => ({ editions: await listEditions(locals.ctx) });

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-2PybuRh7.js.map
