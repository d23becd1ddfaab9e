import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { i5 as manage_title, i6 as new_process, c3 as title, i7 as mechanism, c4 as status, Y as mechanismName, Z as status_closed, i8 as status_published, i9 as status_draft, h as nav_manage } from '../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const statusName = (s) => ({
			draft: status_draft(),
			published: status_published(),
			closed: status_closed()
		})[s] ?? s;
		head("1s1mgsk", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_manage())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(manage_title())}</h1> <p><a class="button"${attr("href", localizeHref("/manage/processes/new"))}>${escape_html(new_process())}</a></p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(mechanism())}</th><th scope="col">${escape_html(status())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.processes);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let p = each_array[$$index];
			$$renderer.push(`<tr><td><a${attr("href", localizeHref(`/manage/processes/${p.slug}`))}>${escape_html(p.title)}</a></td><td>${escape_html(mechanismName(p.mechanism))}</td><td>${escape_html(statusName(p.status))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B5VrW85K.js.map
