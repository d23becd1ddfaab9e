import { l as listMeetings } from '../../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { j as json } from '../../../../../chunks/utils.js-CxipxXTP.js';
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
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/meetings/+server.ts
var GET = ({ locals, url }) => apiCall(async () => {
	const list = await listMeetings(locals.ctx, { upcoming: url.searchParams.get("upcoming") === "true" });
	return json(list.map((m) => ({
		id: m.id,
		process: m.processSlug,
		title: m.title,
		description: m.description,
		format: m.format,
		place: m.place,
		link: m.link,
		districtId: m.districtId,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		capacity: m.capacity,
		registered: m.registered,
		waiting: m.waiting,
		minutes: m.minutes,
		cancelled: m.cancelled
	})), { headers: { "access-control-allow-origin": "*" } });
});

export { GET };
//# sourceMappingURL=_server.ts.js-C2WUPscN.js.map
