import { a as apiCall, c as csvResponse } from '../../../../../../../chunks/http.js-DEPnrH4W.js';
import { c as publicProjects } from '../../../../../../../chunks/public.js-BHWnUiSs.js';
import '../../../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../../chunks/service9.js-h2CQjVIl.js';
import '../../../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../../../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';

// src/routes/api/v1/budgets/[id]/projects.csv/+server.ts
var GET = ({ locals, params }) => apiCall(async () => {
	const { projects } = await publicProjects(locals.ctx, params.id);
	return csvResponse("projects.csv", [
		"id",
		"code",
		"pool_id",
		"title",
		"district_id",
		"lat",
		"lng",
		"cost_pln",
		"status",
		"climate_category",
		"trees",
		"unsealed_m2",
		"co2e_t_per_year",
		"votes",
		"score"
	], projects.map((p) => [
		p.id,
		p.code,
		p.poolId,
		p.title,
		p.districtId,
		p.lat,
		p.lng,
		p.cost,
		p.status,
		p.climateCategory,
		p.climateEffect?.trees,
		p.climateEffect?.unsealedM2,
		p.climateEffect?.co2eTonnesPerYear,
		p.votes,
		p.score
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-BBiqBsAw.js.map
