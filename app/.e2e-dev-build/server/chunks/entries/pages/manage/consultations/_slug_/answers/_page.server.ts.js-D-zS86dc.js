import { O as submissionsForManager, l as getConsultation, R as answerSubmission, T as answerTheme, U as assignTheme, V as createTheme } from '../../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/manage/consultations/[slug]/answers/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return await submissionsForManager(locals.ctx, c.process.id);
};
async function pid(locals, slug) {
	return (await loadOr404(() => getConsultation(locals.ctx, slug))).process.id;
}
var actions = {
	theme: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(form, async () => ({ themeCreated: await createTheme(locals.ctx, id, { title: form.get("title") }) }));
	},
	assign: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		return formAction(null, async () => {
			await assignTheme(locals.ctx, id, {
				kind: form.get("kind"),
				submissionId: form.get("submissionId"),
				themeId: form.get("themeId") ?? ""
			});
			return { assigned: true };
		});
	},
	answerTheme: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		const themeId = String(form.get("themeId") ?? "");
		return formAction(form, async () => {
			try {
				await answerTheme(locals.ctx, id, themeId, {
					status: form.get("status"),
					reason: form.get("reason")
				});
			} catch (e) {
				const err = e;
				if (err.fields) err.fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${k}-${themeId}`, v]));
				throw e;
			}
			return { answered: true };
		});
	},
	answerSubmission: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const id = await pid(locals, params.slug);
		const sid = String(form.get("submissionId") ?? "");
		return formAction(form, async () => {
			try {
				await answerSubmission(locals.ctx, id, {
					kind: form.get("kind"),
					submissionId: sid,
					status: form.get("status"),
					reason: form.get("reason")
				});
			} catch (e) {
				const err = e;
				if (err.fields) err.fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${k}-${sid}`, v]));
				throw e;
			}
			return { answered: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D-zS86dc.js.map
