import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { bs as budgets_title, bt as budgets_lead, bu as budgets_live, bv as budgets_green_tag, bw as budgets_total, bx as budgets_none, by as budgets_history, bz as budgets_history_lead, bA as budgets_edition, bB as budgets_year, bC as budgets_amount, bD as budgets_pools } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label, p as pln } from '../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const live = derived(() => data.editions.filter((e) => !e.historical));
		const past = derived(() => data.editions.filter((e) => e.historical));
		head("15rvsod", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(budgets_title())}</h1> <p class="lead">${escape_html(budgets_lead())}</p> <h2>${escape_html(budgets_live())}</h2> <ul class="cards">`);
		const each_array = ensure_array_like(live());
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let e = each_array[$$index];
				$$renderer.push(`<li class="card"><p class="meta"><span class="tag">${escape_html(label("phase", e.phase))}</span>`);
				if (e.greenMode !== "none") $$renderer.push(`<!--[0--><span class="tag">${escape_html(budgets_green_tag())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> <h3><a${attr("href", localizeHref(`/budgets/${e.slug}`))}>${escape_html(e.title)}</a></h3> <p>${escape_html(budgets_total({
					amount: pln(e.total),
					pools: e.pools
				}))}</p> <p class="meta">${escape_html(label("ballot", e.ballotKind))}</p></li>`);
			}
		} else $$renderer.push(`<!--[!--><li>${escape_html(budgets_none())}</li>`);
		$$renderer.push(`<!--]--></ul> <h2>${escape_html(budgets_history())}</h2> <p>${escape_html(budgets_history_lead())}</p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(budgets_edition())}</th><th scope="col">${escape_html(budgets_year())}</th><th scope="col">${escape_html(budgets_amount())}</th><th scope="col">${escape_html(budgets_pools())}</th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(past());
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let e = each_array_1[$$index_1];
			$$renderer.push(`<tr><td><a${attr("href", localizeHref(`/budgets/${e.slug}/results`))}>${escape_html(e.title)}</a></td><td>${escape_html(e.year)}</td><td>${escape_html(pln(e.total))}</td><td>${escape_html(e.pools)}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <p><a href="/api/v1/budgets">JSON</a> · <a href="/api/v1/budgets.csv">CSV</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-syYjYchb.js.map
