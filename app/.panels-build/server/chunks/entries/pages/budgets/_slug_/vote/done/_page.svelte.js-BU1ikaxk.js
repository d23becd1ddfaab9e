import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { eF as budgets_done_title, eG as budgets_receipt_is, eH as budgets_what_next, eI as budgets_done_text, eJ as budgets_done_receipt_text, bI as budgets_check_receipt, eK as budgets_back_to_edition } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/vote/done/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const base = derived(() => `/budgets/${data.ed.process.slug}`);
		head("cyk4gl", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_done_title())} — ${escape_html(data.ed.process.title)}</title>`);
			});
		});
		$$renderer.push(`<div class="panel svelte-cyk4gl" role="status"><h1 class="svelte-cyk4gl">${escape_html(budgets_done_title())}</h1> `);
		if (data.receipt) $$renderer.push(`<!--[0--><p>${escape_html(budgets_receipt_is())}<br/><strong class="receipt svelte-cyk4gl">${escape_html(data.receipt)}</strong></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <h2>${escape_html(budgets_what_next())}</h2> <p>${escape_html(budgets_done_text())}</p> <p>${escape_html(budgets_done_receipt_text())} <a${attr("href", localizeHref(`${base()}/receipt`))}>${escape_html(budgets_check_receipt())}</a></p> <p><a${attr("href", localizeHref(base()))}>${escape_html(budgets_back_to_edition())}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BU1ikaxk.js.map
