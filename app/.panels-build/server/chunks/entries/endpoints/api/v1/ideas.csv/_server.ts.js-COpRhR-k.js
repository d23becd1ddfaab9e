import { l as listIdeas } from '../../../../../chunks/ideas.js-CAhG4kXJ.js';
import { a as apiCall, c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/schema5.js-CNQvs3tC.js';
import 'zod';
import 'drizzle-orm';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import '../../../../../chunks/service3.js-BzPHPzf0.js';
import '../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../chunks/service6.js-3cKmcDH6.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/ideas.csv/+server.ts
var GET = ({ locals, url }) => apiCall(async () => {
	const list = await listIdeas(locals.ctx, Object.fromEntries(url.searchParams));
	return csvResponse("ideas.csv", [
		"id",
		"title",
		"topic",
		"district_id",
		"location",
		"description",
		"status",
		"response",
		"supports",
		"comments",
		"created_at"
	], list.map((i) => [
		i.id,
		i.title,
		i.topic,
		i.districtId,
		i.location,
		i.description,
		i.status,
		i.response,
		i.supports,
		i.comments,
		i.createdAt.toISOString()
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-COpRhR-k.js.map
