import { l as listPublicProcesses } from '../../../../../chunks/service4.js-B9dMCCsC.js';
import { a as apiCall, c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { p as parseInput } from '../../../../../chunks/validate.js-BbCXC-0d.js';
import { p as processFilter } from '../../../../../chunks/public4.js-CqxpQsZH.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/processes.csv/+server.ts
var GET = ({ locals, url }) => apiCall(async () => {
	const f = parseInput(processFilter, Object.fromEntries(url.searchParams));
	const list = await listPublicProcesses(locals.ctx, {
		mechanism: f.mechanism,
		districtId: f.district
	});
	return csvResponse("processes.csv", [
		"id",
		"slug",
		"mechanism",
		"title",
		"district_id",
		"topics",
		"status",
		"current_phase",
		"open",
		"outcome"
	], list.map((p) => [
		p.id,
		p.slug,
		p.mechanism,
		p.title,
		p.districtId,
		p.topics.join("|"),
		p.status,
		p.currentPhase,
		String(p.open),
		p.outcome
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-CWVbEOZG.js.map
