import { ak as head, ah as escape_html } from '../../../chunks/server.js-DL9eFGXd.js';
import { w as footer_accessibility, af as a11y_statement } from '../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/accessibility/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		head("2i3ifj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(footer_accessibility())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(footer_accessibility())}</h1> <p>${escape_html(a11y_statement())}</p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B5sOs_Qd.js.map
