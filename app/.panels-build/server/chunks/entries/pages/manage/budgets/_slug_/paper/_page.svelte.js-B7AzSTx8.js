import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { ix as budgets_paper_title, iD as budgets_paper_hint, iE as budgets_paper_counted, iF as budgets_paper_mismatch, iG as budgets_paper_waiting, iH as budgets_paper_number, ev as budgets_rank_label, ew as budgets_no_choice, iI as budgets_paper_enter, iJ as budgets_paper_entries, bb as who, ba as when, c4 as status, a2 as formatDate, _ as _index_exports } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/budgets/[slug]/paper/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const ed = derived(() => data.ed);
		const kind = derived(() => ed().edition.ballotKind);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const errText = (k) => _index_exports[`err_${k}`]?.() ?? k;
		const errLabels = derived(() => ({
			paperNumber: budgets_paper_number(),
			...Object.fromEntries(data.sheet.pools.map((p) => [`pool-${p.id}`, p.name]))
		}));
		head("ftyhtw", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_paper_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(`/manage/budgets/${ed().process.slug}`))}>${escape_html(ed().process.title)}</a></p> <h1>${escape_html(budgets_paper_title())}</h1> <p>${escape_html(budgets_paper_hint())}</p> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: errLabels()
		});
		$$renderer.push(`<!----> `);
		if (form && "paper" in form && form.paper) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(form.paper.status === "counted" ? budgets_paper_counted() : form.paper.status === "mismatch" ? budgets_paper_mismatch() : budgets_paper_waiting())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "paperNumber",
			label: budgets_paper_number(),
			error: err().paperNumber,
			required: true
		});
		$$renderer.push(`<!----> <!--[-->`);
		const each_array = ensure_array_like(data.sheet.pools);
		for (let $$index_3 = 0, $$length = each_array.length; $$index_3 < $$length; $$index_3++) {
			let pool = each_array[$$index_3];
			$$renderer.push(`<fieldset${attr("id", `pool-${stringify(pool.id)}`)}${attr_class("field", void 0, { "has-error": !!err()[`pool-${pool.id}`] })}><legend>${escape_html(pool.name)}</legend> `);
			if (err()[`pool-${pool.id}`]) $$renderer.push(`<!--[0--><p class="error">${escape_html(errText(err()[`pool-${pool.id}`]))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (kind() === "krakow") {
				$$renderer.push(`<!--[0--><!--[-->`);
				const each_array_1 = ensure_array_like(Array.from({ length: ed().edition.maxChoices }));
				for (let k = 0, $$length = each_array_1.length; k < $$length; k++) {
					each_array_1[k];
					$$renderer.push(`<div class="field"><label${attr("for", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)}>${escape_html(budgets_rank_label({
						n: k + 1,
						points: ed().edition.maxChoices - k
					}))}</label> <select${attr("id", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)}${attr("name", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)}>`);
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(budgets_no_choice())}`);
					});
					$$renderer.push(`<!--[-->`);
					const each_array_2 = ensure_array_like(pool.projects);
					for (let $$index = 0, $$length = each_array_2.length; $$index < $$length; $$index++) {
						let p = each_array_2[$$index];
						$$renderer.option({ value: p.id }, ($$renderer) => {
							$$renderer.push(`${escape_html(p.code)} ${escape_html(p.title)}`);
						});
					}
					$$renderer.push(`<!--]--></select></div>`);
				}
				$$renderer.push(`<!--]-->`);
			} else {
				$$renderer.push(`<!--[-1--><!--[-->`);
				const each_array_3 = ensure_array_like(pool.projects);
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let p = each_array_3[$$index_2];
					$$renderer.push(`<label><input type="checkbox"${attr("name", `pick-${stringify(pool.id)}`)}${attr("value", p.id)}/> ${escape_html(p.code)} ${escape_html(p.title)}</label>`);
				}
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></fieldset>`);
		}
		$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(budgets_paper_enter())}</button></form> <h2>${escape_html(budgets_paper_entries())}</h2> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(budgets_paper_number())}</th><th scope="col">${escape_html(who())}</th><th scope="col">${escape_html(when())}</th><th scope="col">${escape_html(status())}</th></tr></thead><tbody><!--[-->`);
		const each_array_4 = ensure_array_like(data.entries);
		for (let i = 0, $$length = each_array_4.length; i < $$length; i++) {
			let e = each_array_4[i];
			$$renderer.push(`<tr><td>${escape_html(e.paperNumber)}</td><td>${escape_html(e.name)}</td><td>${escape_html(formatDate(e.enteredAt))}</td><td>${escape_html(e.ballotId ? budgets_paper_counted() : budgets_paper_waiting())}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B7AzSTx8.js.map
