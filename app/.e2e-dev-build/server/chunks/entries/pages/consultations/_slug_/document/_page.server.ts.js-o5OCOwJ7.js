import { S as ServiceError } from '../../../../../chunks/errors2.js-qlgBpaJE.js';
import { w as commentOnParagraph, x as documentWithComments, v as publicAnswers, y as supportComment } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as reportComment } from '../../../../../chunks/service7.js-DStGSMM8.js';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { B as fail, A as redirect } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/consultations/[slug]/document/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes("document")) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	const doc = await documentWithComments(locals.ctx, c.process.id);
	const answers = await publicAnswers(locals.ctx, c.process.id);
	const themes = Object.fromEntries(answers.themes.map((t) => [t.id, t]));
	const answerOf = Object.fromEntries(answers.submissions.filter((s) => s.kind === "comment").map((s) => {
		const t = s.themeId ? themes[s.themeId] : void 0;
		return [s.id, s.status ? {
			status: s.status,
			reason: s.reason,
			theme: t?.title ?? null
		} : t?.status ? {
			status: t.status,
			reason: t.reason,
			theme: t.title
		} : null];
	}));
	return {
		...doc,
		answerOf,
		canComment: !!locals.actor?.emailVerified,
		userId: locals.actor?.id ?? null
	};
};
var actions = {
	comment: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const target = String(form.get("targetId") ?? "").replace(/[^0-9a-f-]/gi, "");
		const parent = String(form.get("parentId") ?? "").replace(/[^0-9a-f-]/gi, "");
		try {
			return {
				commented: await commentOnParagraph(locals.ctx, target, {
					body: form.get("body"),
					parentId: parent || null
				}),
				paragraph: target
			};
		} catch (e) {
			if (e instanceof ServiceError) return fail(e.status, {
				message: e.message,
				code: e.code,
				fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k === "body" ? parent ? `reply-${parent}` : `body-${target}` : k, v]))
			});
			throw e;
		}
	},
	support: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await supportComment(locals.ctx, String(form.get("commentId") ?? ""), form.get("on") !== "false");
			return { supported: true };
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
//# sourceMappingURL=_page.server.ts.js-o5OCOwJ7.js.map
