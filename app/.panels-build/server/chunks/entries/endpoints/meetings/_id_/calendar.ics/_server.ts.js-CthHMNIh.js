import { g as getMeeting } from '../../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { i as icalendar } from '../../../../../chunks/ical.js-BvKBpx_X.js';
import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
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

// src/routes/meetings/[id]/calendar.ics/+server.ts
var GET = ({ locals, params, url }) => apiCall(async () => {
	const mt = await getMeeting(locals.ctx, params.id);
	const body = icalendar([{
		id: mt.id,
		title: mt.title,
		description: mt.description,
		startsAt: mt.startsAt,
		endsAt: mt.endsAt,
		location: [mt.place, mt.link].filter(Boolean).join(" · "),
		url: `${url.origin}/meetings/${mt.id}`,
		cancelled: mt.cancelled,
		updatedAt: mt.createdAt
	}], mt.title);
	return new Response(body, { headers: {
		"content-type": "text/calendar; charset=utf-8",
		"content-disposition": `attachment; filename="meeting-${mt.id}.ics"`
	} });
});

export { GET };
//# sourceMappingURL=_server.ts.js-CthHMNIh.js.map
