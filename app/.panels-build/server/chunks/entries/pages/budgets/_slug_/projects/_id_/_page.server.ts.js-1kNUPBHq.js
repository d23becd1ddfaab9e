import { O as getProject, R as volunteer, q as appealDecision, S as supportProject } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as listComments, r as reportComment, a as addComment } from '../../../../../../chunks/service7.js-DStGSMM8.js';
import { m as mapFrame, t as toXY } from '../../../../../../chunks/map.js-BzLAcXDU.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/projects/[id]/+page.server.ts
var load = async ({ locals, params }) => {
	const p = await loadOr404(() => getProject(locals.ctx, params.id));
	if (p.processSlug !== params.slug) await loadOr404(async () => {
		throw new (await (import('../../../../../../chunks/errors.js-BSJVDWzU.js'))).NotFoundError("Project");
	});
	const frame = await mapFrame(locals.ctx.db);
	return {
		p,
		frame,
		pin: p.project.lat !== null && p.project.lng !== null ? toXY(frame, p.project.lng, p.project.lat) : null,
		comments: await listComments(locals.ctx, "project", p.project.id),
		signedIn: !!locals.actor,
		canComment: !!locals.actor?.emailVerified
	};
};
var actions = {
	support: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		return formAction(null, async () => {
			await supportProject(locals.ctx, params.id);
			return { supported: true };
		});
	},
	appeal: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await appealDecision(locals.ctx, params.id, form.get("body"));
			return { appealed: true };
		});
	},
	volunteer: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await volunteer(locals.ctx, params.id, form.get("note") ?? "");
			return { volunteered: true };
		});
	},
	comment: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await addComment(locals.ctx, {
				targetType: "project",
				targetId: params.id,
				parentId: form.get("parentId") || null,
				body: form.get("body")
			});
			return { commented: true };
		});
	},
	report: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await reportComment(locals.ctx, {
				commentId: form.get("commentId"),
				reason: form.get("reason")
			});
			return { reported: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-1kNUPBHq.js.map
