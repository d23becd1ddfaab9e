import { o as listConsultations } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { j as json } from '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../../chunks/schema5.js-CNQvs3tC.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/service5.js-o-XsimG-.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import '../../../../../chunks/service3.js-BzPHPzf0.js';
import 'zod';
import '../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../chunks/service6.js-3cKmcDH6.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/consultations/+server.ts
var GET = ({ locals }) => apiCall(async () => {
	const list = await listConsultations(locals.ctx);
	return json(list.map((c) => ({
		id: c.id,
		slug: c.slug,
		title: c.title,
		status: c.status,
		stage: c.stage,
		districtId: c.districtId,
		topics: c.topics,
		dates: {
			informationStartsAt: c.settings.infoStartsAt,
			startsAt: c.settings.startsAt,
			endsAt: c.settings.endsAt,
			reportDueAt: c.settings.reportDueAt
		},
		forms: c.settings.forms,
		targetGroups: {
			districts: c.settings.targetDistricts,
			ageBands: c.settings.targetAgeBands,
			stakeholders: c.settings.targetStakeholders
		},
		reportPublishedAt: c.settings.reportPublishedAt
	})), { headers: { "access-control-allow-origin": "*" } });
});

export { GET };
//# sourceMappingURL=_server.ts.js-DIlrTy-J.js.map
