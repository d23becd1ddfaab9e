import { a as apiCall } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { a as publicEdition } from '../../../../../../chunks/public.js-BHWnUiSs.js';
import { j as json } from '../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../../chunks/service9.js-h2CQjVIl.js';
import '../../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/budgets/[id]/+server.ts
var GET = ({ locals, params }) => apiCall(async () => json(await publicEdition(locals.ctx, params.id), { headers: { "access-control-allow-origin": "*" } }));

export { GET };
//# sourceMappingURL=_server.ts.js-DZN-4oTd.js.map
