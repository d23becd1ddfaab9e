import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { hq as districts_title, hr as districts_lead, aa as formatNumber, aF as districts_map_label, hs as number, a$ as name, ht as population, hu as districts_source, f as nav_districts } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { D as DistrictMap } from '../../../chunks/DistrictMap.js-DHMFwyRh.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/districts/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const total = derived(() => data.districts.reduce((s, d) => s + d.population, 0));
		head("1683wno", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_districts())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(districts_title())}</h1> <p class="lead">${escape_html(districts_lead({ count: formatNumber(total()) }))}</p> `);
		DistrictMap($$renderer, {
			districts: data.geometries,
			hrefFor: (id) => localizeHref(`/districts/${id}`),
			label: districts_map_label()
		});
		$$renderer.push(`<!----> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(districts_title())}</caption><thead><tr><th scope="col">${escape_html(number())}</th><th scope="col">${escape_html(name())}</th><th scope="col">${escape_html(population())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.districts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let d = each_array[$$index];
			$$renderer.push(`<tr><td>${escape_html(d.number)}</td><td><a${attr("href", localizeHref(`/districts/${d.id}`))}>${escape_html(d.name)}</a></td><td>${escape_html(formatNumber(d.population))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <p class="meta">${escape_html(districts_source())}</p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DqQutCM3.js.map
