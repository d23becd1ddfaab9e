import { a3 as listPool, a4 as replaceDropout, T as panelIdBySlug } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/panels/[slug]/pool/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { rows: (await loadOr404(() => listPool(locals.ctx, panel.id, "pool page"))).map((r) => ({
		id: r.id,
		rowIndex: r.rowIndex,
		name: r.name,
		email: r.email,
		phone: r.phone,
		answers: r.answers,
		availability: r.availability,
		status: r.status,
		reserveRank: r.reserveRank,
		probability: r.probability === null ? null : Number(r.probability),
		purged: !!r.purgedAt
	})) };
};
var actions = { replace: async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => {
		const r = await replaceDropout(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), String(form.get("volunteerId") ?? ""));
		return {
			replaced: r.replacementRow,
			quotasHold: r.quotasHold
		};
	});
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D_w1bs5h.js.map
