import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { p as panels_title, nb as panels_intro, K as panels_synthetic_tag, nc as panels_seats, kf as panels_none, nd as panels_open_data } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { s as stageName } from '../../../chunks/labels.js-es-x4W90.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1j06ll0", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_title())}</h1> <p class="lead">${escape_html(panels_intro())}</p> `);
		if (data.panels.length) {
			$$renderer.push(`<!--[0--><ul class="cards"><!--[-->`);
			const each_array = ensure_array_like(data.panels);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<li class="card"><h2><a${attr("href", localizeHref(`/panels/${p.slug}`))}>${escape_html(p.title)}</a></h2> <p class="meta"><span class="tag">${escape_html(stageName(p.stage))}</span>`);
				if (p.synthetic) $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(panels_synthetic_tag())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> ${escape_html(panels_seats({ size: p.size }))}</p> <p>${escape_html(p.question)}</p></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_none())}</p>`);
		$$renderer.push(`<!--]--> <p><a href="/api/v1/panels">${escape_html(panels_open_data())}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BpqwBrAO.js.map
