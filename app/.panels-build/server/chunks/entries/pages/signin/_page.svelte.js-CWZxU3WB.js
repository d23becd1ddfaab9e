import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { pf as signin_title, pg as email_verified, ph as password_changed, pi as signin_submit, hz as forgot_password, pj as no_account, t as nav_signup, pk as password, b0 as email } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/signin/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const labels = derived(() => ({
			email: email(),
			password: password()
		}));
		head("iq265b", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(signin_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(signin_title())}</h1> `);
		if (data.verified) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(email_verified())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.reset) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(password_changed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form,
			labels: labels()
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate=""><input type="hidden" name="next"${attr("value", data.next)}/> `);
		Field($$renderer, {
			name: "email",
			type: "email",
			label: labels().email,
			value: form?.values?.email,
			error: form?.fields?.email,
			autocomplete: "email",
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "password",
			type: "password",
			label: labels().password,
			error: form?.fields?.password,
			autocomplete: "current-password",
			required: true
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(signin_submit())}</button></form> <p><a${attr("href", localizeHref("/forgot-password"))}>${escape_html(forgot_password())}</a></p> <p>${escape_html(no_account())} <a${attr("href", localizeHref("/signup"))}>${escape_html(nav_signup())}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CWZxU3WB.js.map
