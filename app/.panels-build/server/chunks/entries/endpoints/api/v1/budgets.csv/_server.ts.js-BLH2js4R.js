import { a as apiCall, c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { p as publicEditions } from '../../../../../chunks/public.js-BHWnUiSs.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/service9.js-h2CQjVIl.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';

// src/routes/api/v1/budgets.csv/+server.ts
var GET = ({ locals }) => apiCall(async () => {
	const list = await publicEditions(locals.ctx);
	return csvResponse("budgets.csv", [
		"id",
		"slug",
		"title",
		"year",
		"historical",
		"phase",
		"ballot_kind",
		"green_mode",
		"total_pln",
		"pools"
	], list.map((e) => [
		e.id,
		e.slug,
		e.title,
		e.year,
		String(e.historical),
		e.phase,
		e.ballotKind,
		e.greenMode,
		e.total,
		e.pools
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-BLH2js4R.js.map
