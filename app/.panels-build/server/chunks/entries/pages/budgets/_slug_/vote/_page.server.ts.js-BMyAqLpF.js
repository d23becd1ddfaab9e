import { J as hasVoted, V as ballotSheet, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/vote/+page.server.ts
var load = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return {
		ed,
		districtPools: (await ballotSheet(locals.ctx, ed.process.id)).pools.filter((p) => p.kind === "district").map((p) => ({
			id: p.id,
			name: p.name,
			n: p.projects.length
		})),
		voted: await hasVoted(locals.ctx, ed.process.id),
		signedIn: !!locals.actor
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BMyAqLpF.js.map
