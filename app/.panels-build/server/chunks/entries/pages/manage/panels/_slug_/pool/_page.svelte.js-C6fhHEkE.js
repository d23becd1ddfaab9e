import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { ls as panels_pool_title, lt as panels_pool_audit_notice, lu as panels_replaced, lv as panels_quotas_hold, lw as panels_quotas_broken, lx as panels_row, ly as panels_f_name, lz as panels_f_email, lA as panels_status, lB as panels_probability, lC as panels_actions, lD as panels_purged, lE as panels_replace } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { v as volunteerStatusName, p as percent, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/panels/[slug]/pool/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		head("4uzqor", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_pool_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_pool_title())}</h1> <p class="notice warning">${escape_html(panels_pool_audit_notice())}</p> `);
		if (form && "replaced" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_replaced({ row: form.replaced ?? 0 }))} ${escape_html(form.quotasHold ? panels_quotas_hold() : panels_quotas_broken())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, { form: failed() });
		$$renderer.push(`<!----> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(panels_row())}</th><th scope="col">${escape_html(panels_f_name())}</th><th scope="col">${escape_html(panels_f_email())}</th><!--[-->`);
		const each_array = ensure_array_like(p().features);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let f = each_array[$$index];
			$$renderer.push(`<th scope="col">${escape_html(f)}</th>`);
		}
		$$renderer.push(`<!--]--><th scope="col">${escape_html(panels_status())}</th><th scope="col">${escape_html(panels_probability())}</th><th scope="col"><span class="visually-hidden">${escape_html(panels_actions())}</span></th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(data.rows);
		for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
			let r = each_array_1[$$index_2];
			$$renderer.push(`<tr><th scope="row">${escape_html(r.rowIndex ?? "—")}</th><td>${escape_html(r.purged ? panels_purged() : r.name ?? "")}</td><td>${escape_html(r.email ?? "")}</td><!--[-->`);
			const each_array_2 = ensure_array_like(p().features);
			for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
				let f = each_array_2[$$index_1];
				$$renderer.push(`<td>${escape_html(r.answers[f] ?? "")}</td>`);
			}
			$$renderer.push(`<!--]--><td>${escape_html(volunteerStatusName(r.status))}`);
			if (r.reserveRank) $$renderer.push(`<!--[0-->#${escape_html(r.reserveRank)}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(percent(r.probability, 2))}</td><td>`);
			if (r.status === "selected" || r.status === "dropped" && !r.purged) $$renderer.push(`<!--[0--><form method="POST" action="?/replace" novalidate=""><input type="hidden" name="volunteerId"${attr("value", r.id)}/><button class="secondary" type="submit">${escape_html(panels_replace())}<span class="visually-hidden">(${escape_html(panels_row())} ${escape_html(r.rowIndex)})</span></button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-C6fhHEkE.js.map
