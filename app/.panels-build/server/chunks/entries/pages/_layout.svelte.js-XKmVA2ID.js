import { ah as escape_html, ai as attr, aj as ensure_array_like, T as derived } from '../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../chunks/state.js-VpVdP7uT.js';
import { s as skip_to_content, b as brand_city, n as nav_languages, a as nav_main, c as nav_home, d as nav_processes, e as budgets_nav, i as ideas_nav, m as meetings_nav, f as nav_districts, p as panels_title, g as nav_open_data, h as nav_manage, j as nav_moderation, k as nav_admin, l as nav_notifications, u as unread, o as nav_account, q as nav_signout, r as nav_signin, t as nav_signup, v as footer_text, w as footer_accessibility } from '../../chunks/i18n.js-DrLrGNuv.js';
import { l as localizeHref, c as getLocale, e as deLocalizeHref } from '../../chunks/runtime2.js-YLGUkCbP.js';
import '../../chunks/shared.js-0FrVOi6h.js';
import '../../chunks/client.js-lab_OOnt.js';
import '../../chunks/internal2.js-C1sIl1AH.js';
import '../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../chunks/routing.js-Cd_N8bLv.js';
import '../../chunks/exports.js-CwC2eqPC.js';
import '../../chunks/utils.js-CxipxXTP.js';

// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const locales = [
			{
				code: "pl",
				label: "Polski"
			},
			{
				code: "en",
				label: "English"
			},
			{
				code: "uk",
				label: "Українська"
			}
		];
		const here = derived(() => deLocalizeHref(page.url.pathname + page.url.search));
		const role = derived(() => data.user?.role);
		$$renderer.push(`<a class="skip-link" href="#main">${escape_html(skip_to_content())}</a> <header class="site-header"><div class="container header-row"><a class="brand"${attr("href", localizeHref("/"))}><svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b6e4f"></rect><path d="M9 17l5 5 9-11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"></path></svg> <span>Decydujemy</span><span class="brand-city">${escape_html(brand_city())}</span></a> <nav${attr("aria-label", nav_languages())} class="lang-switch"><ul><!--[-->`);
		const each_array = ensure_array_like(locales);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let l = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(here(), { locale: l.code }))}${attr("hreflang", l.code)}${attr("lang", l.code)}${attr("aria-current", getLocale() === l.code ? "true" : void 0)} data-sveltekit-reload="">${escape_html(l.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul></nav></div> <nav${attr("aria-label", nav_main())} class="main-nav"><ul class="container"><li><a${attr("href", localizeHref("/"))}>${escape_html(nav_home())}</a></li> <li><a${attr("href", localizeHref("/processes"))}>${escape_html(nav_processes())}</a></li> <li><a${attr("href", localizeHref("/budgets"))}>${escape_html(budgets_nav())}</a></li> <li><a${attr("href", localizeHref("/ideas"))}>${escape_html(ideas_nav())}</a></li> <li><a${attr("href", localizeHref("/meetings"))}>${escape_html(meetings_nav())}</a></li> <li><a${attr("href", localizeHref("/districts"))}>${escape_html(nav_districts())}</a></li> <li><a${attr("href", localizeHref("/panels"))}>${escape_html(panels_title())}</a></li> <li><a${attr("href", localizeHref("/api"))}>${escape_html(nav_open_data())}</a></li> `);
		if (role() === "official" || role() === "admin") $$renderer.push(`<!--[0--><li><a${attr("href", localizeHref("/manage"))}>${escape_html(nav_manage())}</a></li>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (role() === "moderator" || role() === "admin") $$renderer.push(`<!--[0--><li><a${attr("href", localizeHref("/moderation"))}>${escape_html(nav_moderation())}</a></li>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (role() === "admin") $$renderer.push(`<!--[0--><li><a${attr("href", localizeHref("/admin"))}>${escape_html(nav_admin())}</a></li>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.user) {
			$$renderer.push(`<!--[0--><li><a${attr("href", localizeHref("/notifications"))}>${escape_html(nav_notifications())}`);
			if (data.unread > 0) $$renderer.push(`<!--[0--><span class="badge">${escape_html(data.unread)}<span class="visually-hidden">${escape_html(unread())}</span></span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></a></li> <li><a${attr("href", localizeHref("/account"))}>${escape_html(nav_account())}</a></li> <li><form method="POST"${attr("action", localizeHref("/signout"))}><button type="submit" class="link-button">${escape_html(nav_signout())}</button></form></li>`);
		} else $$renderer.push(`<!--[-1--><li><a${attr("href", localizeHref("/signin"))}>${escape_html(nav_signin())}</a></li> <li><a${attr("href", localizeHref("/signup"))}>${escape_html(nav_signup())}</a></li>`);
		$$renderer.push(`<!--]--></ul></nav></header> <main id="main" class="container" tabindex="-1">`);
		children($$renderer);
		$$renderer.push(`<!----></main> <footer class="site-footer"><div class="container"><p>${escape_html(footer_text())}</p> <p><a${attr("href", localizeHref("/api"))}>${escape_html(nav_open_data())}</a> · <a${attr("href", localizeHref("/accessibility"))}>${escape_html(footer_accessibility())}</a></p></div></footer>`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-XKmVA2ID.js.map
