import { a6 as publicDraw, a7 as drawStatus, T as panelIdBySlug, a8 as performDraw, a9 as commitSeed, aa as startSelection, F as kickSelections, ab as freezePool } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/panels/[slug]/selection/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return {
		job: await drawStatus(locals.ctx.db, panel.id),
		draw: await publicDraw(locals.ctx, panel.id)
	};
};
var act = (fn) => (async ({ locals, request, params, url }) => {
	requireSignedIn(locals, url);
	const form = await request.formData();
	return formAction(form, async () => fn(locals, await panelIdBySlug(locals.ctx.db, params.slug), form));
});
var actions = {
	freeze: act(async (locals, id) => {
		await freezePool(locals.ctx, id);
		return { frozen: true };
	}),
	start: act(async (locals, id, form) => {
		await startSelection(locals.ctx, id, { m: form.get("m") || 1e3 });
		kickSelections(locals.ctx.db);
		return { started: true };
	}),
	commit: act(async (locals, id) => {
		await commitSeed(locals.ctx, id);
		return { committed: true };
	}),
	draw: act(async (locals, id, form) => {
		return { drawn: (await performDraw(locals.ctx, id, { dice: form.get("dice") ?? "" })).chosen };
	})
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BR73zStD.js.map
