import { ak as head, ai as attr, ah as escape_html, am as attr_class, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { ca as budgets_step, e6 as budgets_submit_title, e7 as err_budgets_submission_closed, bp as description, c3 as title, bS as budgets_pool, e8 as budgets_which_pool, e9 as err_required, ea as budgets_description_hint, cp as budgets_save_continue, eb as budgets_draft_note } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm, p as pln } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/submit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const ed = derived(() => data.ed);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		head("6b9kdk", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_submit_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(`/budgets/${ed().process.slug}`))}>${escape_html(ed().process.title)}</a></p> <p class="meta">${escape_html(budgets_step({
			n: 1,
			of: 6
		}))}</p> <h1>${escape_html(budgets_submit_title())}</h1> `);
		if (ed().phase !== "submission") $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(err_budgets_submission_closed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				poolId: budgets_pool(),
				title: title(),
				description: description()
			}
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate=""><fieldset${attr_class("field", void 0, { "has-error": !!err().poolId })} id="poolId"${attr("aria-describedby", err().poolId ? "poolId-error" : void 0)}><legend>${escape_html(budgets_which_pool())}</legend> `);
		if (err().poolId) $$renderer.push(`<!--[0--><p class="error" id="poolId-error">${escape_html(err_required())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(ed().pools);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let p = each_array[i];
			$$renderer.push(`<label><input type="radio" name="poolId"${attr("value", p.id)}${attr("id", i === 0 ? void 0 : `pool-${p.id}`)}${attr("checked", val().poolId === p.id, true)}/> ${escape_html(p.name)} (${escape_html(pln(p.minCost))} – ${escape_html(pln(p.maxCost))})</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> `);
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
			hint: budgets_description_hint(),
			value: val().description,
			error: err().description,
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_save_continue())}</button></form> <p>${escape_html(budgets_draft_note())}</p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DdMF1Y8y.js.map
