import { ak as head, ah as escape_html, ai as attr } from '../../../chunks/server.js-DL9eFGXd.js';
import { pa as reset_title, pb as err_invalid_token, pc as new_password, pd as password_hint, pe as save_password } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/reset-password/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("gimkg8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(reset_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(reset_title())}</h1> `);
		if (data.invalid || !data.token) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(err_invalid_token())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			ErrorSummary($$renderer, {
				form,
				labels: {
					password: new_password(),
					token: reset_title()
				}
			});
			$$renderer.push(`<!----> <form method="POST" class="stack" novalidate=""><input type="hidden" name="token"${attr("value", data.token)}/> `);
			Field($$renderer, {
				name: "password",
				type: "password",
				label: new_password(),
				hint: password_hint(),
				error: form?.fields?.password,
				autocomplete: "new-password",
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(save_password())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Z_g3UbXC.js.map
