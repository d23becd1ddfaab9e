import { o as listConsultations } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { a as apiCall, c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
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
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/consultations.csv/+server.ts
var d = (x) => x ? x.toISOString() : "";
var GET = ({ locals }) => apiCall(async () => {
	const list = await listConsultations(locals.ctx);
	return csvResponse("consultations.csv", [
		"id",
		"slug",
		"title",
		"status",
		"stage",
		"district_id",
		"topics",
		"information_starts_at",
		"starts_at",
		"ends_at",
		"report_due_at",
		"forms",
		"target_districts",
		"target_age_bands",
		"target_stakeholders",
		"report_published_at"
	], list.map((c) => [
		c.id,
		c.slug,
		c.title,
		c.status,
		c.stage,
		c.districtId,
		c.topics.join("|"),
		d(c.settings.infoStartsAt),
		d(c.settings.startsAt),
		d(c.settings.endsAt),
		d(c.settings.reportDueAt),
		c.settings.forms.join("|"),
		c.settings.targetDistricts.join("|"),
		c.settings.targetAgeBands.join("|"),
		c.settings.targetStakeholders.join("|"),
		d(c.settings.reportPublishedAt)
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-BdnBwcAi.js.map
