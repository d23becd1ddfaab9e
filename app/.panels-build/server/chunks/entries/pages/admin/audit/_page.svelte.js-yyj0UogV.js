import { ak as head, ah as escape_html, aj as ensure_array_like } from '../../../../chunks/server.js-DL9eFGXd.js';
import { aW as audit_title, b9 as audit_explain, ba as when, bb as who, bc as action, bd as target, be as change, bf as show } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/admin/audit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("5hb2v4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(audit_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(audit_title())}</h1> <p>${escape_html(audit_explain())}</p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(when())}</th><th scope="col">${escape_html(who())}</th><th scope="col">${escape_html(action())}</th><th scope="col">${escape_html(target())}</th><th scope="col">${escape_html(change())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.entries);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let e = each_array[$$index];
			$$renderer.push(`<tr><td>${escape_html(new Date(e.createdAt).toISOString().replace("T", " ").slice(0, 19))}</td><td>${escape_html(e.actorRole)}<br/><small>${escape_html(e.actorId ?? "")}</small></td><td>${escape_html(e.action)}</td><td>${escape_html(e.targetType)}<br/><small>${escape_html(e.targetId)}</small></td><td><details><summary>${escape_html(show())}</summary><pre class="mail">${escape_html(JSON.stringify({
				before: e.before,
				after: e.after
			}, null, 1))}</pre></details></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-yyj0UogV.js.map
