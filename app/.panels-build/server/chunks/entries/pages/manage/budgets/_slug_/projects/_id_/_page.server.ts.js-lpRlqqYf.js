import { a1 as volunteersOf, O as getProject, a2 as addImplementationUpdate, N as addPhoto, r as decideAppeal, v as verifyProject } from '../../../../../../../chunks/service9.js-h2CQjVIl.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/budgets/[slug]/projects/[id]/+page.server.ts
async function managed(locals, id) {
	const p = await loadOr404(() => getProject(locals.ctx, id));
	if (!p.canManage) error(403, "Forbidden");
	return p;
}
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	return {
		p: await managed(locals, params.id),
		volunteers: await volunteersOf(locals.ctx, params.id)
	};
};
var actions = {
	verify: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await verifyProject(locals.ctx, params.id, {
				stage: form.get("stage"),
				positive: form.get("positive"),
				justification: form.get("justification"),
				correctedCost: form.get("correctedCost") ?? ""
			});
			return { saved: "verify" };
		});
	},
	appeal: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await decideAppeal(locals.ctx, String(form.get("appealId")), {
				accepted: form.get("accepted"),
				decision: form.get("decision")
			});
			return { saved: "appeal" };
		});
	},
	update: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await addImplementationUpdate(locals.ctx, params.id, {
				status: form.get("status"),
				progress: form.get("progress"),
				department: form.get("department") ?? "",
				body: form.get("body"),
				volunteersWanted: form.get("volunteersWanted") ?? ""
			});
			const file = form.get("photo");
			if (file instanceof File && file.size > 0) await addPhoto(locals.ctx, params.id, {
				bytes: Buffer.from(await file.arrayBuffer()),
				alt: form.get("alt"),
				updateId: id
			});
			return { saved: "update" };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-lpRlqqYf.js.map
