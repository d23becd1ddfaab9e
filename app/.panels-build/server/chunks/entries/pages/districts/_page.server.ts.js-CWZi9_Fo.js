import { d as districtGeometries, l as listDistricts } from '../../../chunks/service6.js-3cKmcDH6.js';

// src/routes/districts/+page.server.ts
var load = async ({ locals }) => ({
	districts: await listDistricts(locals.ctx.db),
	geometries: await districtGeometries(locals.ctx.db)
});

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CWZi9_Fo.js.map
