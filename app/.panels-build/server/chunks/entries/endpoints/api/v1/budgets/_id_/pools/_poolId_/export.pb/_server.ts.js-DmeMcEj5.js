import { a as apiCall } from '../../../../../../../../../chunks/http.js-DEPnrH4W.js';
import { L as getEdition, a3 as poolPabulib } from '../../../../../../../../../chunks/service9.js-h2CQjVIl.js';
import { b as assertPoolOf } from '../../../../../../../../../chunks/public.js-BHWnUiSs.js';
import '../../../../../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../../../../../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';

// src/routes/api/v1/budgets/[id]/pools/[poolId]/export.pb/+server.ts
/** A pool as a Pabulib file: projects, anonymised ballots and the selected flags. */
var GET = ({ locals, params }) => apiCall(async () => {
	const ed = await getEdition(locals.ctx, params.id);
	assertPoolOf(ed, params.poolId);
	const f = await poolPabulib(locals.ctx, params.poolId);
	return new Response(f.text, { headers: {
		"content-type": "text/plain; charset=utf-8",
		"content-disposition": `attachment; filename="${f.filename}"`,
		"access-control-allow-origin": "*"
	} });
});

export { GET };
//# sourceMappingURL=_server.ts.js-DmeMcEj5.js.map
