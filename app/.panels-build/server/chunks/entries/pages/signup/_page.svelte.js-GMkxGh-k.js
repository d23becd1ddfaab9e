import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { pl as check_email_title, pm as check_email_text, pn as signup_title, po as display_name_hint, pd as password_hint, pp as signup_privacy, pq as signup_submit, pr as have_account, r as nav_signin, pk as password, b0 as email, aP as display_name } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/signup/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		const f = derived(() => form && "fields" in form ? form : null);
		const labels = derived(() => ({
			name: display_name(),
			email: email(),
			password: password()
		}));
		head("kmqcod", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(signup_title())} — Decydujemy</title>`);
			});
		});
		if (form && "signedUp" in form) $$renderer.push(`<!--[0--><h1>${escape_html(check_email_title())}</h1> <p class="notice" role="status">${escape_html(check_email_text({ email: form.email }))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(signup_title())}</h1> `);
			ErrorSummary($$renderer, {
				form: f(),
				labels: labels()
			});
			$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "name",
				label: labels().name,
				hint: display_name_hint(),
				value: f()?.values?.name,
				error: f()?.fields?.name,
				autocomplete: "nickname",
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: labels().email,
				value: f()?.values?.email,
				error: f()?.fields?.email,
				autocomplete: "email",
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "password",
				type: "password",
				label: labels().password,
				hint: password_hint(),
				error: f()?.fields?.password,
				autocomplete: "new-password",
				required: true
			});
			$$renderer.push(`<!----> <p class="meta">${escape_html(signup_privacy())}</p> <button class="primary" type="submit">${escape_html(signup_submit())}</button></form> <p>${escape_html(have_account())} <a${attr("href", localizeHref("/signin"))}>${escape_html(nav_signin())}</a></p>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-GMkxGh-k.js.map
