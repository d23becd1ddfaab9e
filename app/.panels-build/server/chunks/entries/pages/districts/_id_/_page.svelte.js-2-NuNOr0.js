import { ak as head, ah as escape_html, aj as ensure_array_like, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { aO as district, hv as district_population, aa as formatNumber, hw as in_this_district, hx as nothing_local, hy as citywide_open } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { P as ProcessCard } from '../../../../chunks/ProcessCard.js-BbBW4R0i.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/districts/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const d = derived(() => data.district);
		head("1uj4z3w", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(d().roman)}. ${escape_html(d().name)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(district())} ${escape_html(d().roman)} ${escape_html(d().name)}</h1> <p class="lead">${escape_html(district_population({
			total: formatNumber(d().population),
			female: formatNumber(d().female),
			male: formatNumber(d().male)
		}))}</p> <h2>${escape_html(in_this_district())}</h2> `);
		if (data.local.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(nothing_local())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="cards"><!--[-->`);
		const each_array = ensure_array_like(data.local);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let p = each_array[$$index];
			ProcessCard($$renderer, {
				process: p,
				districtName: `${d().roman}. ${d().name}`
			});
		}
		$$renderer.push(`<!--]--></ul> <h2>${escape_html(citywide_open())}</h2> <ul class="cards"><!--[-->`);
		const each_array_1 = ensure_array_like(data.citywideOpen);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let p = each_array_1[$$index_1];
			ProcessCard($$renderer, { process: p });
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-2-NuNOr0.js.map
