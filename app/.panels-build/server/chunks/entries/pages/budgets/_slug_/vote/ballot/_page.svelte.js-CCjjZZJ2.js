import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { eo as budgets_back, ep as budgets_ballot_title, eq as budgets_hint_krakow, er as budgets_hint_approval, es as budgets_hint_knapsack, et as budgets_hint_cumulative, eu as budgets_no_projects_in_pool, ev as budgets_rank_label, ew as budgets_no_choice, ex as budgets_details, ey as budgets_check_ballot, _ as _index_exports } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label, f as fixForm, p as pln } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/vote/ballot/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const ed = derived(() => data.ed);
		const kind = derived(() => ed().edition.ballotKind);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		const errLabels = derived(() => Object.fromEntries(data.pools.map((p) => [`pool-${p.id}`, p.name])));
		const errText = (k) => _index_exports[`err_${k}`]?.() ?? k;
		const picked = (poolId, id) => val()[`pick-${poolId}`] === id;
		head("jj5l9v", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_ballot_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(`${base()}/vote`))}>${escape_html(budgets_back())}</a></p> <h1>${escape_html(budgets_ballot_title())}</h1> <p>${escape_html(label("ballot", kind()))}.</p> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: errLabels()
		});
		$$renderer.push(`<!----> <form method="POST" class="stack ballot svelte-jj5l9v" novalidate=""><!--[-->`);
		const each_array = ensure_array_like(data.pools);
		for (let $$index_4 = 0, $$length = each_array.length; $$index_4 < $$length; $$index_4++) {
			let pool = each_array[$$index_4];
			$$renderer.push(`<fieldset${attr("id", `pool-${stringify(pool.id)}`)}${attr_class("field", void 0, { "has-error": !!err()[`pool-${pool.id}`] })}${attr("aria-describedby", `pool-${stringify(pool.id)}-hint${err()[`pool-${pool.id}`] ? ` pool-${pool.id}-error` : ""}`)}><legend class="svelte-jj5l9v"><h2 class="svelte-jj5l9v">${escape_html(pool.name)}</h2></legend> <p class="hint"${attr("id", `pool-${stringify(pool.id)}-hint`)}>${escape_html(pln(pool.amount))} · `);
			if (kind() === "krakow") $$renderer.push(`<!--[0-->${escape_html(budgets_hint_krakow({ n: ed().edition.maxChoices }))}`);
			else if (kind() === "approval") $$renderer.push(`<!--[1-->${escape_html(budgets_hint_approval({ n: ed().edition.maxChoices }))}`);
			else if (kind() === "approval_budget") $$renderer.push(`<!--[2-->${escape_html(budgets_hint_knapsack({ amount: pln(pool.amount) }))}`);
			else $$renderer.push(`<!--[-1-->${escape_html(budgets_hint_cumulative({ n: ed().edition.cumulativePoints }))}`);
			$$renderer.push(`<!--]--></p> `);
			if (err()[`pool-${pool.id}`]) $$renderer.push(`<!--[0--><p class="error"${attr("id", `pool-${stringify(pool.id)}-error`)}>${escape_html(errText(err()[`pool-${pool.id}`]))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (pool.projects.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(budgets_no_projects_in_pool())}</p>`);
			else if (kind() === "krakow") {
				$$renderer.push(`<!--[1--><!--[-->`);
				const each_array_1 = ensure_array_like(Array.from({ length: ed().edition.maxChoices }));
				for (let k = 0, $$length = each_array_1.length; k < $$length; k++) {
					each_array_1[k];
					$$renderer.push(`<div class="field"><label${attr("for", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)}>${escape_html(budgets_rank_label({
						n: k + 1,
						points: ed().edition.maxChoices - k
					}))}</label> <select${attr("id", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)}${attr("name", `rank-${stringify(pool.id)}-${stringify(k + 1)}`)} class="svelte-jj5l9v">`);
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(budgets_no_choice())}`);
					});
					$$renderer.push(`<!--[-->`);
					const each_array_2 = ensure_array_like(pool.projects);
					for (let $$index = 0, $$length = each_array_2.length; $$index < $$length; $$index++) {
						let p = each_array_2[$$index];
						$$renderer.option({
							value: p.id,
							selected: val()[`rank-${pool.id}-${k + 1}`] === p.id
						}, ($$renderer) => {
							$$renderer.push(`${escape_html(p.title)} (${escape_html(pln(p.cost))})`);
						});
					}
					$$renderer.push(`<!--]--></select></div>`);
				}
				$$renderer.push(`<!--]-->`);
			} else if (kind() === "cumulative") {
				$$renderer.push(`<!--[2--><!--[-->`);
				const each_array_3 = ensure_array_like(pool.projects);
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let p = each_array_3[$$index_2];
					$$renderer.push(`<div class="field points svelte-jj5l9v"><label${attr("for", `pts-${stringify(pool.id)}-${stringify(p.id)}`)}>${escape_html(p.title)} (${escape_html(pln(p.cost))})</label> <input type="number" min="0"${attr("max", ed().edition.cumulativePoints)} inputmode="numeric"${attr("id", `pts-${stringify(pool.id)}-${stringify(p.id)}`)}${attr("name", `pts-${stringify(pool.id)}-${stringify(p.id)}`)}${attr("value", val()[`pts-${pool.id}-${p.id}`] ?? "")} class="svelte-jj5l9v"/></div>`);
				}
				$$renderer.push(`<!--]-->`);
			} else {
				$$renderer.push(`<!--[-1--><ul class="choices svelte-jj5l9v"><!--[-->`);
				const each_array_4 = ensure_array_like(pool.projects);
				for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
					let p = each_array_4[$$index_3];
					$$renderer.push(`<li><label><input type="checkbox"${attr("name", `pick-${stringify(pool.id)}`)}${attr("value", p.id)}${attr("checked", picked(pool.id, p.id), true)} class="svelte-jj5l9v"/> ${escape_html(p.title)} <span class="meta">(${escape_html(pln(p.cost))}`);
					if (p.climateCategory) $$renderer.push(`<!--[0-->· ${escape_html(label("category", p.climateCategory))}`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->)</span></label> <a${attr("href", localizeHref(`${base()}/projects/${p.id}`))} target="_blank" rel="noopener">${escape_html(budgets_details())}<span class="visually-hidden">${escape_html(p.title)}</span></a></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]--></fieldset>`);
		}
		$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(budgets_check_ballot())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CCjjZZJ2.js.map
