import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { bV as budgets_projects, cZ as filter, bS as budgets_pool, c_ as all, c4 as status, c$ as budgets_only_climate, d0 as results_count, c3 as title, cO as budgets_cost, d1 as budgets_points } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label, p as pln } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/projects/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const ed = derived(() => data.ed);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		const poolName = (id) => ed().pools.find((p) => p.id === id)?.name ?? "";
		head("ff0vay", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_projects())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(ed().process.title)}</a></p> <h1>${escape_html(budgets_projects())}</h1> <form method="GET" class="actions"${attr("aria-label", filter())}><div class="field"><label for="pool">${escape_html(budgets_pool())}</label> <select id="pool" name="pool">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(ed().pools);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let p = each_array[$$index];
			$$renderer.option({
				value: p.id,
				selected: data.f.pool === p.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(p.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		if (!ed().edition.historical) {
			$$renderer.push(`<!--[0--><div class="field"><label for="status">${escape_html(status())}</label> <select id="status" name="status">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(all())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like([
				"submitted",
				"accepted",
				"rejected"
			]);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let s = each_array_1[$$index_1];
				$$renderer.option({
					value: s,
					selected: data.f.status === s
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(label("status", s))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="field"><label><input type="checkbox" name="climate" value="1"${attr("checked", data.f.climate === "1", true)}/> ${escape_html(budgets_only_climate())}</label></div> <button type="submit" class="secondary">${escape_html(filter())}</button></form> <p>${escape_html(results_count({ count: data.projects.length }))} · <a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/projects.csv`)}>CSV</a></p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(budgets_pool())}</th><th scope="col">${escape_html(budgets_cost())}</th><th scope="col">${escape_html(status())}</th>`);
		if (ed().edition.historical) $$renderer.push(`<!--[0--><th scope="col">${escape_html(budgets_points())}</th>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
		const each_array_2 = ensure_array_like(data.projects);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let p = each_array_2[$$index_2];
			$$renderer.push(`<tr><td><a${attr("href", localizeHref(`${base()}/projects/${p.id}`))}>${escape_html(p.title)}</a>`);
			if (p.climateCategory) $$renderer.push(`<!--[0--><span class="tag">${escape_html(label("category", p.climateCategory))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(poolName(p.poolId))}</td><td>${escape_html(pln(p.cost))}</td><td>${escape_html(label("status", p.status))}</td>`);
			if (ed().edition.historical) $$renderer.push(`<!--[0--><td>${escape_html(p.importedScore ?? "")}</td>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-C0IFf08X.js.map
