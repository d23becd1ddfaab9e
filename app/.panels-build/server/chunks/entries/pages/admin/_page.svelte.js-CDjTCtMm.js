import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, al as stringify } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { aU as admin_title, aV as outbox_title, aW as audit_title, aX as role_saved, aY as users_title, aZ as search_users, a_ as search, a$ as name, b0 as email, b1 as since, b2 as role, b3 as unverified, a2 as formatDate, b4 as save, b5 as role_admin, b6 as role_official, b7 as role_moderator, b8 as role_resident, k as nav_admin } from '../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/admin/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const roleName = (r) => ({
			resident: role_resident(),
			moderator: role_moderator(),
			official: role_official(),
			admin: role_admin()
		})[r] ?? r;
		head("1jef3w8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_admin())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(admin_title())}</h1> <p class="actions"><a${attr("href", localizeHref("/admin/outbox"))}>${escape_html(outbox_title())}</a> <a${attr("href", localizeHref("/admin/audit"))}>${escape_html(audit_title())}</a></p> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(role_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(users_title())}</h2> <form method="GET" class="actions"><div class="field"><label for="q">${escape_html(search_users())}</label><input id="q" name="q" type="text"${attr("value", data.q)}/></div> <button class="secondary" type="submit">${escape_html(search())}</button></form> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(name())}</th><th scope="col">${escape_html(email())}</th><th scope="col">${escape_html(since())}</th><th scope="col">${escape_html(role())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.users);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let u = each_array[$$index_1];
			$$renderer.push(`<tr><td>${escape_html(u.name)}</td><td>${escape_html(u.email)}`);
			if (!u.emailVerified) $$renderer.push(`<!--[0-->(${escape_html(unverified())})`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(formatDate(u.createdAt))}</td><td><form method="POST" action="?/role" class="actions"><input type="hidden" name="userId"${attr("value", u.id)}/> <label class="visually-hidden"${attr("for", `role-${stringify(u.id)}`)}>${escape_html(role())} — ${escape_html(u.name)}</label> <select${attr("id", `role-${stringify(u.id)}`)} name="role"><!--[-->`);
			const each_array_1 = ensure_array_like(data.roles);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let r = each_array_1[$$index];
				$$renderer.option({
					value: r,
					selected: u.role === r
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(roleName(r))}`);
				});
			}
			$$renderer.push(`<!--]--></select> <button class="secondary" type="submit">${escape_html(save())}<span class="visually-hidden">— ${escape_html(u.name)}</span></button></form></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CDjTCtMm.js.map
