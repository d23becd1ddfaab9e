import { a3 as anonymisedSubmissions } from '../../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { a as apiCall, c as csvResponse } from '../../../../../../../chunks/http.js-DEPnrH4W.js';
import { c as consultationByKey } from '../../../../../../../chunks/public2.js-RbWgtPFe.js';
import '../../../../../../../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../../../../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../../../../chunks/schema5.js-CNQvs3tC.js';
import '../../../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../../../chunks/service5.js-o-XsimG-.js';
import '../../../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import '../../../../../../../chunks/service3.js-BzPHPzf0.js';
import 'zod';
import '../../../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../../../chunks/service6.js-3cKmcDH6.js';
import '../../../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/consultations/[id]/submissions.csv/+server.ts
var GET = ({ locals, params }) => apiCall(async () => {
	const c = await consultationByKey(locals.ctx, params.id);
	const rows = await anonymisedSubmissions(locals.ctx, c.process.id);
	return csvResponse(`submissions-${c.process.slug}.csv`, [
		"kind",
		"id",
		"date",
		"district_id",
		"context",
		"topic",
		"text",
		"theme",
		"answer",
		"reason"
	], rows.map((r) => [
		r.kind,
		r.id,
		r.date,
		r.districtId,
		r.context,
		r.topic,
		r.text,
		r.theme,
		r.answer,
		r.reason
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-nlkLwDO1.js.map
