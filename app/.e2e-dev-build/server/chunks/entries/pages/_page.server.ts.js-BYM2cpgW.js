import { l as listPublicProcesses } from '../../chunks/service4.js-B9dMCCsC.js';
import { l as listDistricts } from '../../chunks/service6.js-3cKmcDH6.js';

// src/routes/+page.server.ts
var load = async ({ locals }) => {
	const [processes, districts] = await Promise.all([listPublicProcesses(locals.ctx), listDistricts(locals.ctx.db)]);
	return {
		open: processes.filter((p) => p.open),
		upcoming: processes.filter((p) => p.status === "published" && !p.open),
		closed: processes.filter((p) => p.status === "closed"),
		districts
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BYM2cpgW.js.map
