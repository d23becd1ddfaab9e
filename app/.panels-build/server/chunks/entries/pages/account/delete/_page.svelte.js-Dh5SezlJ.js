import { ak as head, ah as escape_html, am as attr_class, ai as attr } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { aK as delete_account, aQ as delete_explain, aR as delete_confirm, aS as delete_submit, aT as cancel } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/account/delete/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		head("1911mg", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(delete_account())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(delete_account())}</h1> <p>${escape_html(delete_explain())}</p> `);
		ErrorSummary($$renderer, {
			form,
			labels: { confirm: delete_confirm() }
		});
		$$renderer.push(`<!----> <form method="POST" class="stack"><div${attr_class("field", void 0, { "has-error": form?.fields?.confirm })}><label><input id="confirm" type="checkbox" name="confirm"/> ${escape_html(delete_confirm())}</label></div> <div class="actions"><button class="danger" type="submit">${escape_html(delete_submit())}</button> <a${attr("href", localizeHref("/account"))}>${escape_html(cancel())}</a></div></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dh5SezlJ.js.map
