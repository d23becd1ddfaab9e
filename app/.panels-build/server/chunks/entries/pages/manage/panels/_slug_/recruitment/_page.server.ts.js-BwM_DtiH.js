import { I as poolComposition, a5 as addressStats, l as drawLetters, T as panelIdBySlug, k as importAddresses } from '../../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/panels/[slug]/recruitment/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return {
		stats: await addressStats(locals.ctx.db, panel.id),
		composition: await poolComposition(locals.ctx.db, panel.id)
	};
};
var actions = {
	import: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(null, async () => {
			const file = form.get("file");
			const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get("csv") ?? "");
			return { imported: await importAddresses(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), text) };
		});
	},
	letters: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			return { lettersDrawn: (await drawLetters(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), {
				count: form.get("count"),
				seed: form.get("seed") ?? ""
			})).invited };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BwM_DtiH.js.map
