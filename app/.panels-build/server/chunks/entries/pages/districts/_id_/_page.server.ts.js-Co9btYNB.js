import { g as getDistrict } from '../../../../chunks/service6.js-3cKmcDH6.js';
import { l as listPublicProcesses } from '../../../../chunks/service4.js-B9dMCCsC.js';
import { v as error } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/districts/[id]/+page.server.ts
var load = async ({ locals, params }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1 || id > 18) error(404, "Not found");
	const district = await getDistrict(locals.ctx.db, id);
	if (!district) error(404, "Not found");
	const processes = await listPublicProcesses(locals.ctx, { districtId: id });
	return {
		district: {
			id: district.id,
			roman: district.roman,
			name: district.name,
			population: district.population,
			female: district.populationFemale,
			male: district.populationMale
		},
		local: processes.filter((p) => p.districtId === id),
		citywideOpen: processes.filter((p) => p.districtId === null && p.open)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Co9btYNB.js.map
