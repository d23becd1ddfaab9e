import { s as sendMeetingReminders, l as listMeetings } from '../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';

// src/routes/meetings/+page.server.ts
var load = async ({ locals }) => {
	await sendMeetingReminders(locals.ctx.db, locals.ctx.now());
	const all = await listMeetings(locals.ctx);
	const now = locals.ctx.now();
	return {
		upcoming: all.filter((m) => m.endsAt > now),
		past: all.filter((m) => m.endsAt <= now).reverse()
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DoXtuhH8.js.map
