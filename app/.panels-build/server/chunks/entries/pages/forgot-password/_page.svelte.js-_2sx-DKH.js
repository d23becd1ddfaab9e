import { ak as head, ah as escape_html, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { hz as forgot_password, hA as reset_sent, b0 as email, hB as send_reset_link } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/forgot-password/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		const f = derived(() => form && "fields" in form ? form : null);
		head("1wx4tso", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(forgot_password())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(forgot_password())}</h1> `);
		if (form && "sent" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(reset_sent())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			ErrorSummary($$renderer, {
				form: f(),
				labels: { email: email() }
			});
			$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: email(),
				value: f()?.values?.email,
				error: f()?.fields?.email,
				autocomplete: "email",
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(send_reset_link())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-_2sx-DKH.js.map
