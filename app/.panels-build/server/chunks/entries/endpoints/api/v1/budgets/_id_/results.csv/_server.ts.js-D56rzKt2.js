import { a as apiCall, c as csvResponse } from '../../../../../../../chunks/http.js-DEPnrH4W.js';
import { d as publicResults } from '../../../../../../../chunks/public.js-BHWnUiSs.js';
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

// src/routes/api/v1/budgets/[id]/results.csv/+server.ts
var GET = ({ locals, params }) => apiCall(async () => {
	const { pools } = await publicResults(locals.ctx, params.id);
	const rows = pools.flatMap((p) => p.projects.map((x) => [
		p.poolId,
		p.name,
		p.rule,
		x.id,
		x.code,
		x.title,
		x.cost,
		x.score,
		String(x.funded),
		...p.comparisons.map((c) => `${c.rule}=${c.selected.includes(x.code)}`)
	]));
	return csvResponse("results.csv", [
		"pool_id",
		"pool",
		"rule",
		"project_id",
		"code",
		"title",
		"cost_pln",
		"score",
		"funded",
		"comparisons"
	], rows.map((r) => [...r.slice(0, 9), r.slice(9).join("|")]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-D56rzKt2.js.map
