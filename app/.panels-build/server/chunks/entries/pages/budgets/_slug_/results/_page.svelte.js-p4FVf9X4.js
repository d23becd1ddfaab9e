import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { dV as budgets_results_title, dW as budgets_results_not_yet, dX as budgets_results_lead, dY as budgets_counted_at, a2 as formatDate, bD as budgets_pools, dZ as budgets_pool_summary, d_ as budgets_official, d$ as budgets_rule_chose, e0 as budgets_comparison, c3 as title, cO as budgets_cost, d1 as budgets_points, e1 as budgets_explanation, e2 as budgets_yes_funded, e3 as budgets_no, e4 as budgets_download_pb, e5 as budgets_recompute_cli } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { n as num, p as pln, l as label, a as explanationText } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/lib/components/budgets/Recompute.svelte
function Recompute($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Recomputes a pool's result in the browser from the published Pabulib file, with the same
		* engine (packages/pb) the server used. Needs JavaScript; without it the file can be
		* downloaded and counted with `npx decydujemy pb tally FILE.pb --rule RULE`. */
		let { rule} = $$props;
		$$renderer.push(`<!--[-1--><p class="meta">${escape_html(budgets_recompute_cli({ rule }))}</p>`);
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/budgets/[slug]/results/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const ed = derived(() => data.ed);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		const METRICS = [
			"voters",
			"fundedProjects",
			"coverage",
			"exclusionRatio",
			"avgSatisfactionCount",
			"giniSatisfactionCount",
			"budgetUsed",
			"greenReserved",
			"greenSpent"
		];
		const PCT = /* @__PURE__ */ new Set([
			"coverage",
			"exclusionRatio",
			"budgetUsed"
		]);
		const metricValue = (k, v) => PCT.has(k) ? `${num(v * 100, 1)}%` : k.startsWith("green") ? pln(v) : num(v, 2);
		head("1kfp49o", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_results_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(ed().process.title)}</a></p> <h1>${escape_html(budgets_results_title())}</h1> `);
		if (!data.results.counted) $$renderer.push(`<!--[0--><p class="notice">${escape_html(budgets_results_not_yet())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p>${escape_html(budgets_results_lead())} `);
			if (data.results.countedAt) $$renderer.push(`<!--[0-->${escape_html(budgets_counted_at({ date: formatDate(data.results.countedAt) }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> <nav${attr("aria-label", budgets_pools())}><ul class="pool-nav svelte-1kfp49o"><!--[-->`);
			const each_array = ensure_array_like(data.results.pools);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let pool = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `#pool-${stringify(pool.id)}`)}>${escape_html(pool.name)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></nav> <!--[-->`);
			const each_array_1 = ensure_array_like(data.results.pools);
			for (let $$index_7 = 0, $$length = each_array_1.length; $$index_7 < $$length; $$index_7++) {
				let pool = each_array_1[$$index_7];
				const own = pool.official;
				$$renderer.push(`<section${attr("aria-labelledby", `pool-${stringify(pool.id)}`)}><h2${attr("id", `pool-${stringify(pool.id)}`)}>${escape_html(pool.name)}</h2> `);
				if (own) {
					$$renderer.push(`<!--[0--><p>${escape_html(budgets_pool_summary({
						amount: pln(pool.amount),
						rule: label("rule", pool.rule),
						n: own.selected.length,
						cost: pln(own.cost),
						voters: num(own.voters)
					}))}</p> <div class="compare svelte-1kfp49o"><div class="rule-box official svelte-1kfp49o"><h3 class="svelte-1kfp49o">${escape_html(label("rule", own.rule))} <span class="tag">${escape_html(budgets_official())}</span></h3><p>${escape_html(budgets_rule_chose({
						n: own.selected.length,
						cost: pln(own.cost)
					}))}</p> <dl class="svelte-1kfp49o"><!--[-->`);
					const each_array_2 = ensure_array_like(METRICS.filter((k) => k in own.metrics));
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let k = each_array_2[$$index_1];
						$$renderer.push(`<div class="svelte-1kfp49o"><dt>${escape_html(label("metric", k))}</dt><dd class="svelte-1kfp49o">${escape_html(metricValue(k, own.metrics[k]))}</dd></div>`);
					}
					$$renderer.push(`<!--]--></dl></div> <!--[-->`);
					const each_array_3 = ensure_array_like(pool.comparisons);
					for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
						let c = each_array_3[$$index_3];
						$$renderer.push(`<div class="rule-box svelte-1kfp49o"><h3 class="svelte-1kfp49o">${escape_html(label("rule", c.rule))} <span class="tag closed">${escape_html(budgets_comparison())}</span></h3><p>${escape_html(budgets_rule_chose({
							n: c.selected.length,
							cost: pln(c.cost)
						}))}</p> <dl class="svelte-1kfp49o"><!--[-->`);
						const each_array_4 = ensure_array_like(METRICS.filter((k) => k in c.metrics));
						for (let $$index_2 = 0, $$length = each_array_4.length; $$index_2 < $$length; $$index_2++) {
							let k = each_array_4[$$index_2];
							$$renderer.push(`<div class="svelte-1kfp49o"><dt>${escape_html(label("metric", k))}</dt><dd class="svelte-1kfp49o">${escape_html(metricValue(k, c.metrics[k]))}</dd></div>`);
						}
						$$renderer.push(`<!--]--></dl></div>`);
					}
					$$renderer.push(`<!--]--></div> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(pool.name)}</caption><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(budgets_cost())}</th><th scope="col">${escape_html(budgets_points())}</th><th scope="col">${escape_html(label("rule", own.rule))}</th><!--[-->`);
					const each_array_5 = ensure_array_like(pool.comparisons);
					for (let $$index_4 = 0, $$length = each_array_5.length; $$index_4 < $$length; $$index_4++) {
						let c = each_array_5[$$index_4];
						$$renderer.push(`<th scope="col">${escape_html(label("rule", c.rule))}</th>`);
					}
					$$renderer.push(`<!--]--><th scope="col">${escape_html(budgets_explanation())}</th></tr></thead><tbody><!--[-->`);
					const each_array_6 = ensure_array_like(pool.projects);
					for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
						let p = each_array_6[$$index_6];
						$$renderer.push(`<tr${attr_class("svelte-1kfp49o", void 0, { "funded": p.funded })}><td class="svelte-1kfp49o"><a${attr("href", localizeHref(`${base()}/projects/${p.id}`))}>${escape_html(p.title)}</a>`);
						if (p.climateCategory) $$renderer.push(`<!--[0--><span class="tag">${escape_html(label("category", p.climateCategory))}</span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></td><td class="svelte-1kfp49o">${escape_html(pln(p.cost))}</td><td class="svelte-1kfp49o">${escape_html(num(p.score))}</td><td class="svelte-1kfp49o">${escape_html(p.funded ? budgets_yes_funded() : budgets_no())}</td><!--[-->`);
						const each_array_7 = ensure_array_like(p.otherRules);
						for (let $$index_5 = 0, $$length = each_array_7.length; $$index_5 < $$length; $$index_5++) {
							let o = each_array_7[$$index_5];
							$$renderer.push(`<td class="svelte-1kfp49o">${escape_html(o.funded ? budgets_yes_funded() : budgets_no())}</td>`);
						}
						$$renderer.push(`<!--]--><td class="expl svelte-1kfp49o">${escape_html(explanationText(p.explanation))}</td></tr>`);
					}
					$$renderer.push(`<!--]--></tbody></table></div> <p><a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/pools/${stringify(pool.id)}/export.pb`)} download="">${escape_html(budgets_download_pb())}</a></p> `);
					Recompute($$renderer, {
						url: `/api/v1/budgets/${stringify(ed().process.id)}/pools/${stringify(pool.id)}/export.pb`,
						rule: own.rule.replace("+green-share", ""),
						selected: own.selected,
						greenShare: own.rule.endsWith("+green-share")
					});
					$$renderer.push(`<!---->`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--> <p><a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/results`)}>JSON</a> · <a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/results.csv`)}>CSV</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-p4FVf9X4.js.map
