import { H as listProjects, J as hasVoted, K as myProjects, L as getEdition } from '../../../../chunks/service9.js-h2CQjVIl.js';
import { m as mapFrame, t as toXY } from '../../../../chunks/map.js-BzLAcXDU.js';
import { l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/+page.server.ts
var load = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const projects = await listProjects(locals.ctx, ed.process.id, ed.phase === "voting" || ed.phase === "results" || ed.phase === "implementation" ? { status: "accepted" } : {});
	const frame = await mapFrame(locals.ctx.db);
	return {
		ed,
		frame,
		pins: projects.filter((p) => p.lat !== null && p.lng !== null).slice(0, 300).map((p) => ({
			...toXY(frame, p.lng, p.lat),
			href: `/budgets/${ed.process.slug}/projects/${p.id}`,
			title: p.title
		})),
		count: projects.length,
		climateCount: projects.filter((p) => p.climateCategory).length,
		mine: await myProjects(locals.ctx, ed.process.id),
		voted: await hasVoted(locals.ctx, ed.process.id)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CZl0zbkj.js.map
