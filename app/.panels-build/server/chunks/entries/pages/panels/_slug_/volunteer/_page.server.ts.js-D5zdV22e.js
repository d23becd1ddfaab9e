import { al as checkCode, T as panelIdBySlug, am as registerVolunteer, an as validateRegistration } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { S as ServiceError } from '../../../../../chunks/errors2.js-qlgBpaJE.js';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { A as redirect } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/panels/[slug]/volunteer/+page.server.ts
var load = async ({ locals, url, parent }) => {
	requireSignedIn(locals, url);
	const { panel } = await parent();
	const raw = url.searchParams.get("code");
	let code = null;
	let codeError = "";
	if (raw !== null) try {
		code = await checkCode(locals.ctx, panel.id, raw);
	} catch (e) {
		if (!(e instanceof ServiceError)) throw e;
		codeError = e.fields.code ?? e.code;
	}
	return {
		code,
		codeError,
		codeTyped: raw ?? "",
		user: locals.user
	};
};
function fields(form) {
	const out = {};
	for (const [k, v] of form) if (typeof v === "string") out[k] = v;
	return out;
}
var actions = {
	check: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			return {
				check: await validateRegistration(locals.ctx, id, fields(form)),
				values: Object.fromEntries([...form].filter(([, v]) => typeof v === "string"))
			};
		});
	},
	edit: async ({ request }) => {
		const form = await request.formData();
		return {
			editing: true,
			values: Object.fromEntries([...form].filter(([, v]) => typeof v === "string"))
		};
	},
	confirm: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const result = await formAction(form, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			await registerVolunteer(locals.ctx, id, fields(form));
			return "ok";
		});
		if (result !== "ok") return result;
		redirect(303, url.pathname.replace(/\/volunteer$/, "/volunteer/done"));
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D5zdV22e.js.map
