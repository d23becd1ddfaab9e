import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr } from '../../../chunks/server.js-DL9eFGXd.js';
import { bk as api_title, bl as api_lead, bm as api_openapi_link, bn as api_method, bo as api_path, bp as description, bq as api_params, br as api_licence } from '../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/api/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("ztmkmn", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(api_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(api_title())}</h1> <p class="lead">${escape_html(api_lead())}</p> <p><a href="/api/v1/openapi.json">${escape_html(api_openapi_link())}</a></p> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(api_title())}</caption><thead><tr><th scope="col">${escape_html(api_method())}</th><th scope="col">${escape_html(api_path())}</th><th scope="col">${escape_html(description())}</th><th scope="col">${escape_html(api_params())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.operations);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let op = each_array[$$index];
			$$renderer.push(`<tr><td>${escape_html(op.method)}</td><td>`);
			if (!op.path.includes("{")) $$renderer.push(`<!--[0--><a${attr("href", op.path)}><code>${escape_html(op.path)}</code></a>`);
			else $$renderer.push(`<!--[-1--><code>${escape_html(op.path)}</code>`);
			$$renderer.push(`<!--]--></td><td>${escape_html(op.summary)}</td><td>${escape_html(op.params.join(", "))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <p>${escape_html(api_licence())}</p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-C8h1mwIe.js.map
