import { H as listProjects, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { z } from 'zod';

// src/routes/budgets/[slug]/projects/+page.server.ts
var filter = z.object({
	pool: z.string().max(100).optional().catch(void 0),
	district: z.coerce.number().int().min(1).max(18).optional().catch(void 0),
	status: z.enum([
		"submitted",
		"accepted",
		"rejected"
	]).optional().catch(void 0),
	climate: z.literal("1").optional().catch(void 0)
});
var load = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const f = filter.parse(Object.fromEntries(url.searchParams));
	return {
		ed,
		projects: await listProjects(locals.ctx, ed.process.id, {
			poolId: f.pool,
			districtId: f.district,
			status: f.status,
			climate: f.climate === "1"
		}),
		f
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-2Hg-PBxu.js.map
