import { I as IDEA_STATUSES, l as listIdeas } from '../../../chunks/ideas.js-CAhG4kXJ.js';
import { C as CLIMATE_TOPICS } from '../../../chunks/schema4.js-DVO4fwmJ.js';

// src/routes/ideas/+page.server.ts
var load = async ({ locals, url }) => {
	const filter = {
		topic: url.searchParams.get("topic") ?? void 0,
		status: url.searchParams.get("status") ?? void 0,
		sort: url.searchParams.get("sort") ?? void 0
	};
	return {
		ideas: await listIdeas(locals.ctx, filter),
		topics: CLIMATE_TOPICS,
		statuses: IDEA_STATUSES,
		filter,
		canPropose: !!locals.actor?.emailVerified
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-_3lDyqSF.js.map
