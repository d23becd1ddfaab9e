import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { a as apiPanels } from '../../../../../chunks/public3.js-BbqXuGKX.js';
import { j as json } from '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import '../../../../../chunks/service3.js-BzPHPzf0.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../../chunks/service4.js-B9dMCCsC.js';
import 'zod';
import '../../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../../chunks/schema5.js-CNQvs3tC.js';
import 'node:module';
import 'node:fs';
import 'node:url';
import 'node:path';
import 'node:worker_threads';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/panels/+server.ts
var GET = ({ locals }) => apiCall(async () => json(await apiPanels({
	...locals.ctx,
	actor: null
}), { headers: { "access-control-allow-origin": "*" } }));

export { GET };
//# sourceMappingURL=_server.ts.js-CJYNCVAM.js.map
