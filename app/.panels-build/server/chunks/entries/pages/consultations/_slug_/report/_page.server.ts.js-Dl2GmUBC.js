import { z as evaluationStatus, G as getReport } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { d as districtGeometries } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/consultations/[slug]/report/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		report: await loadOr404(() => getReport(locals.ctx, c.process.id)),
		evaluation: await evaluationStatus(locals.ctx, c.process.id),
		districts: await districtGeometries(locals.ctx.db)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dl2GmUBC.js.map
