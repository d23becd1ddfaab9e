import { ak as head, ai as attr, ah as escape_html, am as attr_class, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { dM as budgets_receipt_title, ag as error_summary_title, dN as err_budgets_receipt_invalid, dO as budgets_receipt_code, dP as budgets_receipt_hint, dQ as budgets_receipt_check, dR as budgets_receipt_counted, dS as budgets_receipt_stored, dT as budgets_points_n, dU as budgets_receipt_not_found } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/receipt/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const base = derived(() => `/budgets/${data.ed.process.slug}`);
		head("102jo4y", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_receipt_title())} — ${escape_html(data.ed.process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(data.ed.process.title)}</a></p> <h1>${escape_html(budgets_receipt_title())}</h1> `);
		if (data.invalid) $$renderer.push(`<!--[0--><div class="error-summary" role="alert"><h2>${escape_html(error_summary_title())}</h2><ul><li><a href="#code">${escape_html(err_budgets_receipt_invalid())}</a></li></ul></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="GET" class="stack"><div${attr_class("field", void 0, { "has-error": data.invalid })}><label for="code">${escape_html(budgets_receipt_code())}</label> <p class="hint" id="code-hint">${escape_html(budgets_receipt_hint())}</p> <input type="text" id="code" name="code"${attr("value", data.code ?? "")} autocomplete="off" aria-describedby="code-hint"/></div> <button class="primary" type="submit">${escape_html(budgets_receipt_check())}</button></form> `);
		if (data.result) {
			$$renderer.push("<!--[0-->");
			if (data.result.found) {
				$$renderer.push(`<!--[0--><div class="notice" role="status"><p><strong>${escape_html(data.result.counted ? budgets_receipt_counted() : budgets_receipt_stored())}</strong></p> <ul><!--[-->`);
				const each_array = ensure_array_like(data.result.choices);
				for (let i = 0, $$length = each_array.length; i < $$length; i++) {
					let c = each_array[i];
					$$renderer.push(`<li>${escape_html(c.title)}`);
					if (c.points !== 1) $$renderer.push(`<!--[0-->(${escape_html(budgets_points_n({ n: c.points }))})`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul></div>`);
			} else $$renderer.push(`<!--[-1--><p class="notice warning" role="status">${escape_html(budgets_receipt_not_found())}</p>`);
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-0XpuHWHd.js.map
