import { g as getProcess } from '../../../../../../chunks/service4.js-B9dMCCsC.js';
import { a as apiCall } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import { N as NotFoundError } from '../../../../../../chunks/errors2.js-qlgBpaJE.js';
import { a as publicProcess } from '../../../../../../chunks/public4.js-CqxpQsZH.js';
import { j as json } from '../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/processes/[slug]/+server.ts
var GET = ({ locals, params }) => apiCall(async () => {
	const p = await getProcess({
		...locals.ctx,
		actor: null
	}, params.slug);
	if (p.status === "draft") throw new NotFoundError("Process");
	return json(publicProcess(p), { headers: { "access-control-allow-origin": "*" } });
});

export { GET };
//# sourceMappingURL=_server.ts.js-DLtm3jTk.js.map
