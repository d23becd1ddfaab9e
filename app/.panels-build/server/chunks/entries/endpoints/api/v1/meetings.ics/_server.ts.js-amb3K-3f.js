import { l as listMeetings } from '../../../../../chunks/service5.js-o-XsimG-.js';
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

// src/routes/api/v1/meetings.ics/+server.ts
/** Calendar feed of every public meeting (subscribe to it in any calendar application). */
var GET = ({ locals, url }) => apiCall(async () => {
	const list = await listMeetings(locals.ctx);
	const body = icalendar(list.map((m) => ({
		id: m.id,
		title: m.title,
		description: m.description,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		location: [m.place, m.link].filter(Boolean).join(" · "),
		url: `${url.origin}/meetings/${m.id}`,
		cancelled: m.cancelled,
		updatedAt: m.createdAt
	})), "Decydujemy — spotkania / meetings");
	return new Response(body, { headers: {
		"content-type": "text/calendar; charset=utf-8",
		"access-control-allow-origin": "*"
	} });
});

export { GET };
//# sourceMappingURL=_server.ts.js-amb3K-3f.js.map
