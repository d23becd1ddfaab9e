import { S as ServiceError } from '../../../../chunks/errors2.js-qlgBpaJE.js';
import { c as createIdea, d as checkIdea } from '../../../../chunks/ideas.js-CAhG4kXJ.js';
import { C as CLIMATE_TOPICS } from '../../../../chunks/schema4.js-DVO4fwmJ.js';
import { l as listDistricts } from '../../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn } from '../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect, B as fail } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/ideas/new/+page.server.ts
var FIELDS = [
	"title",
	"topic",
	"location",
	"districtId",
	"lat",
	"lon",
	"description"
];
var read = (form) => Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return {
		topics: CLIMATE_TOPICS,
		districts: await listDistricts(locals.ctx.db),
		verified: !!locals.actor?.emailVerified
	};
};
function failure(e, values) {
	if (e instanceof ServiceError) return fail(e.status, {
		message: e.message,
		code: e.code,
		fields: e.fields,
		values
	});
	throw e;
}
var actions = {
	/** Check your answers before the idea is published. */
	review: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const values = read(await request.formData());
		try {
			return {
				review: true,
				values,
				districtId: (await checkIdea(locals.ctx, values)).districtId
			};
		} catch (e) {
			return failure(e, values);
		}
	},
	edit: async ({ request }) => ({ values: read(await request.formData()) }),
	submit: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const values = read(await request.formData());
		let id;
		try {
			id = await createIdea(locals.ctx, values);
		} catch (e) {
			return failure(e, values);
		}
		redirect(303, localizeHref(`/ideas/${id}?created=1`));
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-sthaXLTN.js.map
