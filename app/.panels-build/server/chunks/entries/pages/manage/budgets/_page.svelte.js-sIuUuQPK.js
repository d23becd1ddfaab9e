import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as attr_class, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { il as budgets_manage_title, im as budgets_import_files, bB as budgets_year, bp as description, c3 as title, bA as budgets_edition, bF as budgets_phase_now, bC as budgets_amount, io as budgets_new_edition, ip as budgets_create_edition, iq as budgets_import_title, ir as budgets_import_hint, is as budgets_import_button } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm, l as label, p as pln } from '../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../chunks/Field.js-vQ4NKkpV.js';
import { R as RulesFields } from '../../../../chunks/RulesFields.js-DZLeaHVo.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/budgets/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		head("1lty8jf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_manage_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(budgets_manage_title())}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				title: title(),
				description: description(),
				year: budgets_year(),
				files: budgets_import_files()
			}
		});
		$$renderer.push(`<!----> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(budgets_edition())}</th><th scope="col">${escape_html(budgets_year())}</th><th scope="col">${escape_html(budgets_phase_now())}</th><th scope="col">${escape_html(budgets_amount())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.editions);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let e = each_array[$$index];
			$$renderer.push(`<tr><td><a${attr("href", localizeHref(`/manage/budgets/${e.slug}`))}>${escape_html(e.title)}</a></td><td>${escape_html(e.year)}</td><td>${escape_html(label("phase", e.phase))}</td><td>${escape_html(pln(e.total))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <h2 id="new-h">${escape_html(budgets_new_edition())}</h2> <form method="POST" action="?/create" class="stack" aria-labelledby="new-h" novalidate="">`);
		Field($$renderer, {
			name: "title",
			label: title(),
			value: val().title,
			error: err().title,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "description",
			label: description(),
			value: val().description,
			error: err().description,
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "year",
			label: budgets_year(),
			value: val().year ?? String((/* @__PURE__ */ new Date()).getFullYear() + 1),
			error: err().year,
			inputmode: "numeric",
			required: true
		});
		$$renderer.push(`<!----> `);
		RulesFields($$renderer, {
			values: val(),
			errors: err()
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_create_edition())}</button></form> <h2 id="import-h">${escape_html(budgets_import_title())}</h2> <p>${escape_html(budgets_import_hint())}</p> <form method="POST" action="?/import" enctype="multipart/form-data" class="stack" aria-labelledby="import-h" novalidate="">`);
		Field($$renderer, {
			name: "importTitle",
			label: title()
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "importYear",
			label: budgets_year(),
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!err().files })}><label for="files">${escape_html(budgets_import_files())}</label> <input type="file" id="files" name="files" accept=".pb,text/plain" multiple=""/></div> <button class="secondary" type="submit">${escape_html(budgets_import_button())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-sIuUuQPK.js.map
