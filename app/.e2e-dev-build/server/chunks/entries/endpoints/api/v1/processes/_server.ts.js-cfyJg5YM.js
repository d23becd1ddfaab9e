import { l as listPublicProcesses } from '../../../../../chunks/service4.js-B9dMCCsC.js';
import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { p as parseInput } from '../../../../../chunks/validate.js-BbCXC-0d.js';
import { p as processFilter, a as publicProcess } from '../../../../../chunks/public4.js-CqxpQsZH.js';
import { j as json } from '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/processes/+server.ts
var GET = ({ locals, url }) => apiCall(async () => {
	const f = parseInput(processFilter, Object.fromEntries(url.searchParams));
	const list = await listPublicProcesses(locals.ctx, {
		mechanism: f.mechanism,
		districtId: f.district
	});
	return json(list.map(publicProcess), { headers: { "access-control-allow-origin": "*" } });
});

export { GET };
//# sourceMappingURL=_server.ts.js-cfyJg5YM.js.map
