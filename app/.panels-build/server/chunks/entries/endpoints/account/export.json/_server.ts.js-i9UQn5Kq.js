import { an as exportMyData } from '../../../../chunks/service.js-DgzZ8ueJ.js';
import { v as error, j as json } from '../../../../chunks/utils.js-CxipxXTP.js';
import 'zod';
import '../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../../../../chunks/service3.js-BzPHPzf0.js';
import '../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../chunks/modules.js-DlJ9hQXb.js';
import '../../../../chunks/schema2.js-Sj7x0PO2.js';
import '../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../chunks/schema5.js-CNQvs3tC.js';
import '../../../../chunks/meetings.js-CEhBbRYG.js';
import '../../../../chunks/service5.js-o-XsimG-.js';
import '../../../../chunks/consultations.js-CWe6i0oK.js';
import '../../../../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../chunks/ideas.js-CAhG4kXJ.js';
import '../../../../chunks/views.js-DTyBJOYt.js';
import 'node:module';
import 'node:worker_threads';
import '../../../../chunks/service8.js-CUSw6Szj.js';
import '../../../../chunks/service9.js-h2CQjVIl.js';
import '../../../../chunks/import.js-DcF_PdLl.js';
import 'node:zlib';
import '../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/account/export.json/+server.ts
var GET = async ({ locals }) => {
	if (!locals.actor) error(401, "Sign in first");
	const data = await exportMyData(locals.ctx);
	return json(data, { headers: {
		"content-disposition": "attachment; filename=\"decydujemy-moje-dane.json\"",
		"cache-control": "no-store"
	} });
};

export { GET };
//# sourceMappingURL=_server.ts.js-i9UQn5Kq.js.map
