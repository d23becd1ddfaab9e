import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { il as budgets_manage_title, y as view_public_page, aO as district, it as budgets_min_cost, iu as budgets_max_cost, bC as budgets_amount, a$ as name, hY as saved, bF as budgets_phase_now, bM as budgets_rules_frozen_note, iv as budgets_close_voting, iw as budgets_start_phase, ix as budgets_paper_title, bK as budgets_see_results, iy as budgets_verification_queue, c3 as title, bS as budgets_pool, cO as budgets_cost, c4 as status, dp as budgets_supporters, dw as budgets_appeal, dz as budgets_appeal_pending, iz as budgets_queue_empty, bD as budgets_pools, bT as budgets_cost_limits, bU as budgets_rule, iA as budgets_add_pool, iB as budgets_pool_kind, ct as budgets_amount_pln, ia as budgets_ballot_rules, iC as err_budgets_rules_frozen, b4 as save, bE as budgets_manage_edition } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm, l as label, p as pln, P as PHASE_ORDER } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { R as RulesFields } from '../../../../../chunks/RulesFields.js-DZLeaHVo.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/budgets/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const ed = derived(() => data.ed);
		const e = derived(() => ed().edition);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		const nextPhase = derived(() => PHASE_ORDER[PHASE_ORDER.indexOf(ed().phase) + 1] ?? (ed().phase === "before" ? "support" : null));
		head("3l50ot", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_manage_edition())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref("/manage/budgets"))}>${escape_html(budgets_manage_title())}</a> · <a${attr("href", localizeHref(`/budgets/${ed().process.slug}`))}>${escape_html(view_public_page())}</a></p> <h1>${escape_html(ed().process.title)}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				name: name(),
				amount: budgets_amount(),
				maxCost: budgets_max_cost(),
				minCost: budgets_min_cost(),
				districtId: district()
			}
		});
		$$renderer.push(`<!----> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section class="notice" aria-labelledby="phase-h"><h2 id="phase-h">${escape_html(budgets_phase_now())}: ${escape_html(label("phase", ed().phase))}</h2> `);
		if (ed().frozen) $$renderer.push(`<!--[0--><p>${escape_html(budgets_rules_frozen_note())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (nextPhase() && !e().historical) $$renderer.push(`<!--[0--><form method="POST" action="?/phase"><input type="hidden" name="to"${attr("value", nextPhase())}/> <button class="primary" type="submit">${escape_html(nextPhase() === "results" ? budgets_close_voting() : budgets_start_phase({ phase: label("phase", nextPhase()) }))}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (ed().phase === "voting") $$renderer.push(`<!--[0--><p><a${attr("href", localizeHref(`/manage/budgets/${ed().process.slug}/paper`))}>${escape_html(budgets_paper_title())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (ed().phase === "results" || ed().phase === "implementation") $$renderer.push(`<!--[0--><p><a${attr("href", localizeHref(`/budgets/${ed().process.slug}/results`))}>${escape_html(budgets_see_results())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <h2>${escape_html(budgets_verification_queue())}</h2> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(budgets_pool())}</th><th scope="col">${escape_html(budgets_cost())}</th><th scope="col">${escape_html(status())}</th><th scope="col">${escape_html(budgets_supporters())}</th><th scope="col">${escape_html(budgets_appeal())}</th></tr></thead><tbody>`);
		const each_array = ensure_array_like(data.queue);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<tr><td><a${attr("href", localizeHref(`/manage/budgets/${ed().process.slug}/projects/${p.id}`))}>${escape_html(p.title)}</a></td><td>${escape_html(ed().pools.find((x) => x.id === p.poolId)?.name)}</td><td>${escape_html(pln(p.correctedCost ?? p.cost))}</td><td>${escape_html(label("status", p.status))}</td><td>${escape_html(p.supporters)}`);
				if (e().supportRequired) $$renderer.push(`<!--[0-->/ ${escape_html(e().supportRequired)}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td><td>${escape_html(p.openAppeals.length ? budgets_appeal_pending() : "")}</td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td colspan="6">${escape_html(budgets_queue_empty())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table></div> <h2>${escape_html(budgets_pools())}</h2> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(name())}</th><th scope="col">${escape_html(budgets_amount())}</th><th scope="col">${escape_html(budgets_cost_limits())}</th><th scope="col">${escape_html(budgets_rule())}</th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(ed().pools);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let p = each_array_1[$$index_1];
			$$renderer.push(`<tr><td>${escape_html(p.name)}</td><td>${escape_html(pln(p.amount))}</td><td>${escape_html(pln(p.minCost))} – ${escape_html(pln(p.maxCost))}</td><td>${escape_html(label("rule", p.rule))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> `);
		if (!ed().frozen) {
			$$renderer.push(`<!--[0--><h3 id="pool-h">${escape_html(budgets_add_pool())}</h3> <form method="POST" action="?/pool" class="stack" aria-labelledby="pool-h" novalidate=""><div class="field"><label for="kind">${escape_html(budgets_pool_kind())}</label> <select id="kind" name="kind"><!--[-->`);
			const each_array_2 = ensure_array_like([
				"citywide",
				"district",
				"green"
			]);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let k = each_array_2[$$index_2];
				$$renderer.option({
					value: k,
					selected: val().kind === k
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(label("poolkind", k))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <div${attr_class("field", void 0, { "has-error": !!err().districtId })}><label for="districtId">${escape_html(district())}</label> <select id="districtId" name="districtId">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`—`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_3 = ensure_array_like(data.districts);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let d = each_array_3[$$index_3];
				$$renderer.option({
					value: d.id,
					selected: val().districtId === String(d.id)
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(d.number)} ${escape_html(d.name)}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> `);
			Field($$renderer, {
				name: "name",
				label: name(),
				value: val().name,
				error: err().name
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "amount",
				label: budgets_amount_pln(),
				value: val().amount,
				error: err().amount,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "minCost",
				label: budgets_min_cost(),
				value: val().minCost,
				error: err().minCost,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "maxCost",
				label: budgets_max_cost(),
				value: val().maxCost,
				error: err().maxCost,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> <div class="field"><label for="rule">${escape_html(budgets_rule())}</label> <select id="rule" name="rule"><!--[-->`);
			const each_array_4 = ensure_array_like([
				"greedy",
				"mes-add1",
				"mes-add1-comparison"
			]);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let r = each_array_4[$$index_4];
				$$renderer.option({
					value: r,
					selected: val().rule === r
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(label("rule", r))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <button class="secondary" type="submit">${escape_html(budgets_add_pool())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2 id="rules-h">${escape_html(budgets_ballot_rules())}</h2> `);
		if (ed().frozen) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(err_budgets_rules_frozen())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST" action="?/rules" class="stack" aria-labelledby="rules-h" novalidate="">`);
		RulesFields($$renderer, {
			values: form && "values" in form ? val() : e(),
			errors: err(),
			disabled: ed().frozen
		});
		$$renderer.push(`<!----> `);
		if (!ed().frozen) $$renderer.push(`<!--[0--><button class="primary" type="submit">${escape_html(save())}</button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B5ORGRoL.js.map
