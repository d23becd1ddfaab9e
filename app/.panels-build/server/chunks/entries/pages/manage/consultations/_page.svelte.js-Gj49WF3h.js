import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { x as consultations_manage_title, j0 as consultations_manage_lead, i6 as new_process, eP as consultations_none, i9 as status_draft, Z as status_closed, i8 as status_published } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/consultations/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("112weif", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_manage_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_manage_title())}</h1> <p>${escape_html(consultations_manage_lead())}</p> <p><a class="button"${attr("href", localizeHref("/manage/processes/new"))}>${escape_html(new_process())}</a></p> `);
		if (data.consultations.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul><!--[-->`);
		const each_array = ensure_array_like(data.consultations);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let c = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(`/manage/consultations/${c.slug}`))}>${escape_html(c.title)}</a> <span class="tag">${escape_html(c.status === "draft" ? status_draft() : c.status === "closed" ? status_closed() : status_published())}</span></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Gj49WF3h.js.map
