import { F as listEditions, m as createEdition } from '../../../../chunks/service9.js-h2CQjVIl.js';
import { i as importPabulibEdition } from '../../../../chunks/import.js-DcF_PdLl.js';
import { r as requireSignedIn, f as formAction } from '../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { e as editionFromForm } from '../../../../chunks/form.js-DzEX0lrX.js';
import { A as redirect, v as error } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/budgets/+page.server.ts
var load = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (actor.role !== "official" && actor.role !== "admin") error(403, "Forbidden");
	return { editions: await listEditions(locals.ctx) };
};
var actions = {
	create: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, () => createEdition(locals.ctx, {
			...editionFromForm(form),
			title: form.get("title"),
			description: form.get("description"),
			year: form.get("year")
		}));
		if (res && "slug" in res) redirect(303, localizeHref(`/manage/budgets/${res.slug}`));
		return res;
	},
	import: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const files = form.getAll("files").filter((f) => f instanceof File && f.size > 0);
		if (files.some((f) => f.size > 2e7)) return formAction(null, async () => {
			throw new (await (import('../../../../chunks/errors.js-BSJVDWzU.js'))).ValidationError({ files: "budgets_file_too_large" });
		});
		const texts = await Promise.all(files.map(async (f) => ({ text: await f.text() })));
		const res = await formAction(null, () => importPabulibEdition(locals.ctx, {
			title: String(form.get("importTitle") ?? "").trim() || "Import Pabulib",
			year: Number(form.get("importYear")) || (/* @__PURE__ */ new Date()).getFullYear(),
			files: texts
		}));
		if (res && "slug" in res) redirect(303, localizeHref(`/budgets/${res.slug}/results`));
		return res;
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CjWAVp4R.js.map
