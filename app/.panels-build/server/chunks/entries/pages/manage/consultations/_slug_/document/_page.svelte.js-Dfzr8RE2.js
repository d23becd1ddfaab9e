import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { D as consultations_form_document, jh as consultations_paragraph_added, hY as saved, ji as consultations_paragraph_heading, jj as consultations_paragraph_text, jk as consultations_remove, jl as consultations_add_paragraph } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/consultations/[slug]/document/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		head("47flnn", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_form_document())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_form_document())}</h1> `);
		if (form && "added" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_paragraph_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "removed" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: {
				body: consultations_paragraph_text(),
				heading: consultations_paragraph_heading()
			}
		});
		$$renderer.push(`<!----> <ol><!--[-->`);
		const each_array = ensure_array_like(data.paragraphs);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let p = each_array[$$index];
			$$renderer.push(`<li class="svelte-47flnn">`);
			if (p.heading) $$renderer.push(`<!--[0--><strong>${escape_html(p.heading)}</strong><br/>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--><span class="pre svelte-47flnn">${escape_html(p.body)}</span> <form method="POST" action="?/remove" class="inline-form"><input type="hidden" name="paragraphId"${attr("value", p.id)}/><button class="danger" type="submit">${escape_html(consultations_remove())}<span class="visually-hidden">: ${escape_html(p.heading || p.body.slice(0, 30))}</span></button></form></li>`);
		}
		$$renderer.push(`<!--]--></ol> <h2>${escape_html(consultations_add_paragraph())}</h2> <form method="POST" action="?/add" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "heading",
			label: consultations_paragraph_heading(),
			value: values().heading,
			error: errors().heading
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "body",
			label: consultations_paragraph_text(),
			value: values().body,
			error: errors().body,
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(consultations_add_paragraph())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dfzr8RE2.js.map
