import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like } from '../../../chunks/server.js-DL9eFGXd.js';
import { d as nav_processes, cZ as filter, i7 as mechanism, c_ as all, Y as mechanismName, aO as district, d0 as results_count } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { P as ProcessCard } from '../../../chunks/ProcessCard.js-BbBW4R0i.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/processes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const districtName = (id) => id ? data.districts.find((d) => d.id === id)?.name : void 0;
		head("wna6qq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_processes())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(nav_processes())}</h1> <form method="GET" class="actions"${attr("aria-label", filter())}><div class="field"><label for="mechanism">${escape_html(mechanism())}</label> <select id="mechanism" name="mechanism">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.mechanisms);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let mech = each_array[$$index];
			$$renderer.option({
				value: mech,
				selected: data.filter.mechanism === mech
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(mechanismName(mech))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field"><label for="district">${escape_html(district())}</label> <select id="district" name="district">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(data.districts);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let d = each_array_1[$$index_1];
			$$renderer.option({
				value: d.id,
				selected: data.filter.districtId === d.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <button class="secondary" type="submit">${escape_html(filter())}</button></form> <p>${escape_html(results_count({ count: data.processes.length }))}</p> <ul class="cards"><!--[-->`);
		const each_array_2 = ensure_array_like(data.processes);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let p = each_array_2[$$index_2];
			ProcessCard($$renderer, {
				process: p,
				districtName: districtName(p.districtId)
			});
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Cfs8Lr4r.js.map
