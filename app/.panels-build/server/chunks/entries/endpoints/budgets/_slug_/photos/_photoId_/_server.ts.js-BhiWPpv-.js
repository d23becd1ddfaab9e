import { a4 as getPhoto } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { a as apiCall } from '../../../../../../chunks/http.js-DEPnrH4W.js';
import '../../../../../../chunks/errors2.js-qlgBpaJE.js';
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
import '../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/budgets/[slug]/photos/[photoId]/+server.ts
var GET = ({ locals, params }) => apiCall(async () => {
	const ph = await getPhoto(locals.ctx, params.photoId);
	return new Response(new Uint8Array(ph.bytes), { headers: {
		"content-type": ph.mime,
		"cache-control": "public, max-age=3600",
		"x-content-type-options": "nosniff",
		"content-security-policy": "default-src 'none'"
	} });
});

export { GET };
//# sourceMappingURL=_server.ts.js-BhiWPpv-.js.map
