import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../chunks/runtime2.js-YLGUkCbP.js';
import { a4 as home_title, a5 as home_lead, a6 as open_now, a7 as nothing_open, Y as mechanismName, a8 as by_district, a9 as residents_count, aa as formatNumber, ab as open_local_count, ac as upcoming, ad as closed_with_outcome, ae as nothing_closed } from '../../chunks/i18n.js-DrLrGNuv.js';
import { P as ProcessCard } from '../../chunks/ProcessCard.js-BbBW4R0i.js';
import '../../chunks/shared.js-0FrVOi6h.js';
import '../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const districtName = (id) => id ? data.districts.find((d) => d.id === id)?.name : void 0;
		const byMechanism = derived(() => Object.entries(data.open.reduce((acc, p) => {
			(acc[p.mechanism] ??= []).push(p);
			return acc;
		}, {})));
		head("1uha8ag", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(home_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(home_title())}</h1> <p class="lead">${escape_html(home_lead())}</p> <section aria-labelledby="open-now"><h2 id="open-now">${escape_html(open_now())}</h2> `);
		if (data.open.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(nothing_open())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(byMechanism());
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let [mechanism, list] = each_array[$$index_1];
			$$renderer.push(`<h3>${escape_html(mechanismName(mechanism))} (${escape_html(list.length)})</h3> <ul class="cards"><!--[-->`);
			const each_array_1 = ensure_array_like(list);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let p = each_array_1[$$index];
				ProcessCard($$renderer, {
					process: p,
					districtName: districtName(p.districtId)
				});
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--></section> <section aria-labelledby="by-district"><h2 id="by-district">${escape_html(by_district())}</h2> <ul class="cards"><!--[-->`);
		const each_array_2 = ensure_array_like(data.districts);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let d = each_array_2[$$index_2];
			const count = data.open.filter((p) => p.districtId === d.id).length;
			$$renderer.push(`<li class="card"><h3><a${attr("href", localizeHref(`/districts/${d.id}`))}>${escape_html(d.number)}. ${escape_html(d.name)}</a></h3> <p class="meta">${escape_html(residents_count({ count: formatNumber(d.population) }))} · ${escape_html(open_local_count({ count }))}</p></li>`);
		}
		$$renderer.push(`<!--]--></ul></section> `);
		if (data.upcoming.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="upcoming"><h2 id="upcoming">${escape_html(upcoming())}</h2> <ul class="cards"><!--[-->`);
			const each_array_3 = ensure_array_like(data.upcoming);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let p = each_array_3[$$index_3];
				ProcessCard($$renderer, {
					process: p,
					districtName: districtName(p.districtId)
				});
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="closed"><h2 id="closed">${escape_html(closed_with_outcome())}</h2> `);
		if (data.closed.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(nothing_closed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="cards"><!--[-->`);
		const each_array_4 = ensure_array_like(data.closed);
		for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
			let p = each_array_4[$$index_4];
			ProcessCard($$renderer, {
				process: p,
				districtName: districtName(p.districtId)
			});
		}
		$$renderer.push(`<!--]--></ul></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-J1cyWDuU.js.map
