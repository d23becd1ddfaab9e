import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { J as panels_manage_title, kc as panels_new, c3 as title, kd as panels_stage, ke as panels_size, K as panels_synthetic_tag, kf as panels_none } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { s as stageName } from '../../../../chunks/labels.js-es-x4W90.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/panels/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("13ez080", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_manage_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_manage_title())}</h1> <p><a class="button"${attr("href", localizeHref("/manage/panels/new"))}>${escape_html(panels_new())}</a></p> `);
		if (data.panels.length) {
			$$renderer.push(`<!--[0--><div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(panels_stage())}</th><th scope="col">${escape_html(panels_size())}</th></tr></thead><tbody><!--[-->`);
			const each_array = ensure_array_like(data.panels);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<tr><td><a${attr("href", localizeHref(`/manage/panels/${p.slug}`))}>${escape_html(p.title)}</a>`);
				if (p.synthetic) $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(panels_synthetic_tag())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td><td>${escape_html(stageName(p.stage))}</td><td>${escape_html(p.size)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_none())}</p>`);
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-mZkNd8rR.js.map
