import { ak as head, ah as escape_html, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { i6 as new_process, i7 as mechanism, bp as description, c3 as title, mw as create_draft } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { P as ProcessForm } from '../../../../../chunks/ProcessForm.js-CNdd4ZSD.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import '../../../../../chunks/Field.js-vQ4NKkpV.js';

// src/routes/manage/processes/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const values = derived(() => form?.values ? {
			...form.values,
			topics: []
		} : { mechanism: "consultation" });
		head("lp7g8d", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(new_process())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(new_process())}</h1> `);
		ErrorSummary($$renderer, {
			form,
			labels: {
				title: title(),
				description: description(),
				mechanism: mechanism()
			}
		});
		$$renderer.push(`<!----> `);
		ProcessForm($$renderer, {
			values: values(),
			errors: form?.fields,
			districts: data.districts,
			mechanisms: data.mechanisms,
			topics: data.topics,
			rows: data.rows,
			submitLabel: create_draft()
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-me2rDUoj.js.map
