import { l as listPublicProcesses } from '../../../chunks/service4.js-B9dMCCsC.js';
import { M as MECHANISMS } from '../../../chunks/schema4.js-DVO4fwmJ.js';
import { l as listDistricts } from '../../../chunks/service6.js-3cKmcDH6.js';
import { z } from 'zod';

// src/routes/processes/+page.server.ts
var load = async ({ locals, url }) => {
	const mechanism = z.enum(MECHANISMS).safeParse(url.searchParams.get("mechanism"));
	const district = z.coerce.number().int().min(1).max(18).safeParse(url.searchParams.get("district") ?? void 0);
	const filter = {
		mechanism: mechanism.success ? mechanism.data : void 0,
		districtId: district.success ? district.data : void 0
	};
	return {
		processes: await listPublicProcesses(locals.ctx, filter),
		districts: await listDistricts(locals.ctx.db),
		filter,
		mechanisms: MECHANISMS
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-7LAsq1sU.js.map
