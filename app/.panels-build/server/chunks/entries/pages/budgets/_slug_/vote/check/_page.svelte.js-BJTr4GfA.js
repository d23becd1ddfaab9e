import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { eo as budgets_back, ez as budgets_check_title, aN as birth_year, eA as budgets_residence_label, bI as budgets_check_receipt, dT as budgets_points_n, eB as budgets_change_ballot, eC as err_budgets_residence_required, ei as budgets_vote_rule_age, _ as _index_exports, eD as budgets_cast_note, eE as budgets_cast_button } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/vote/check/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const ed = derived(() => data.ed);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const changeHref = derived(() => localizeHref(`${base()}/vote/ballot${data.district ? `?district=${data.district}` : ""}`));
		let sending = false;
		head("1bq1ipr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_check_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", changeHref())}>${escape_html(budgets_back())}</a></p> <h1>${escape_html(budgets_check_title())}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				residence: budgets_residence_label(),
				birthYear: birth_year()
			}
		});
		$$renderer.push(`<!----> `);
		if (form && form.message === "budgets_already_voted") $$renderer.push(`<!--[0--><p><a${attr("href", localizeHref(`${base()}/receipt`))}>${escape_html(budgets_check_receipt())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.summary);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let s = each_array[$$index_1];
			$$renderer.push(`<section${attr("aria-labelledby", `sum-${stringify(s.poolId)}`)}><h2${attr("id", `sum-${stringify(s.poolId)}`)}>${escape_html(s.name)}</h2> <ol><!--[-->`);
			const each_array_1 = ensure_array_like(s.choices);
			for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
				let c = each_array_1[i];
				$$renderer.push(`<li>${escape_html(c.title)}`);
				if (ed().edition.ballotKind === "krakow" || ed().edition.ballotKind === "cumulative") $$renderer.push(`<!--[0-->— ${escape_html(budgets_points_n({ n: c.points }))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol></section>`);
		}
		$$renderer.push(`<!--]--> <p><a${attr("href", changeHref())}>${escape_html(budgets_change_ballot())}</a></p> <form method="POST" class="stack"><input type="hidden" name="b"${attr("value", data.b)}/> <input type="hidden" name="district"${attr("value", data.district ?? "")}/> <input type="hidden" name="receipt"${attr("value", data.receipt)}/> <div${attr_class("field", void 0, { "has-error": !!err().residence })} id="residence-field">`);
		if (err().residence) $$renderer.push(`<!--[0--><p class="error" id="residence-error">${escape_html(err_budgets_residence_required())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <label><input type="checkbox" id="residence" name="residence" value="yes"${attr("aria-describedby", err().residence ? "residence-error" : void 0)}/> ${escape_html(budgets_residence_label())}</label></div> `);
		if (ed().edition.minAge > 0) {
			$$renderer.push(`<!--[0--><div${attr_class("field", void 0, { "has-error": !!err().birthYear })}><label for="birthYear">${escape_html(birth_year())}</label> <p class="hint" id="birthYear-hint">${escape_html(budgets_vote_rule_age({ age: ed().edition.minAge }))}</p> `);
			if (err().birthYear) $$renderer.push(`<!--[0--><p class="error" id="birthYear-error">${escape_html(_index_exports[`err_${err().birthYear}`]?.() ?? err().birthYear)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <input type="text" inputmode="numeric" id="birthYear" name="birthYear"${attr("aria-describedby", `birthYear-hint${err().birthYear ? " birthYear-error" : ""}`)}/></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p>${escape_html(budgets_cast_note())}</p> <button class="primary" type="submit"${attr("disabled", sending, true)}>${escape_html(budgets_cast_button())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BJTr4GfA.js.map
