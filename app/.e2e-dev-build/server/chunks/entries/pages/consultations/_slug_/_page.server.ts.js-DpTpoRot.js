import { l as listMeetings } from '../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { q as listThemes, r as myPartners, u as listSessions } from '../../../../chunks/consultations.js-CWe6i0oK.js';
import { l as listDistricts } from '../../../../chunks/service6.js-3cKmcDH6.js';

// src/routes/consultations/[slug]/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		meetings: await listMeetings(locals.ctx, { processId: c.process.id }),
		sessions: await listSessions(locals.ctx, c.process.id),
		partners: await myPartners(locals.ctx, c.process.id),
		themes: await listThemes(locals.ctx.db, c.process.id),
		districts: await listDistricts(locals.ctx.db)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DpTpoRot.js.map
