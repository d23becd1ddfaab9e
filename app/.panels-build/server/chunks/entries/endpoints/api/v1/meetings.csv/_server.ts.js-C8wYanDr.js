import { l as listMeetings } from '../../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { a as apiCall, c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/service3.js-BzPHPzf0.js';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/meetings.csv/+server.ts
var GET = ({ locals }) => apiCall(async () => {
	const list = await listMeetings(locals.ctx);
	return csvResponse("meetings.csv", [
		"id",
		"process",
		"title",
		"format",
		"place",
		"link",
		"district_id",
		"starts_at",
		"ends_at",
		"capacity",
		"registered",
		"waiting",
		"cancelled"
	], list.map((m) => [
		m.id,
		m.processSlug,
		m.title,
		m.format,
		m.place,
		m.link,
		m.districtId,
		m.startsAt.toISOString(),
		m.endsAt.toISOString(),
		m.capacity,
		m.registered,
		m.waiting,
		String(m.cancelled)
	]));
});

export { GET };
//# sourceMappingURL=_server.ts.js-C8wYanDr.js.map
