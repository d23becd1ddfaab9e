import { ak as head, ah as escape_html, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { b as pForm } from '../../../../../chunks/labels.js-es-x4W90.js';
import { kc as panels_new, ko as panels_f_interval, kn as panels_f_window, kl as panels_f_threshold, kj as panels_f_reserves, ki as panels_f_size, kh as panels_f_question, bp as description, c3 as title, mo as panels_create } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { P as PanelSettingsFields } from '../../../../../chunks/PanelSettingsFields.js-B0DXW9vJ.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/panels/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const values = derived(() => failed()?.values ?? {
			question: "Jak Miasto Kraków i mieszkańcy mogą ograniczyć zużycie energii i zwiększyć wykorzystanie energii odnawialnej?",
			size: "60",
			reserves: "20"
		});
		const errors = derived(() => failed()?.fields ?? {});
		head("1xbbujd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_new())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_new())}</h1> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				title: title(),
				description: description(),
				question: panels_f_question(),
				size: panels_f_size(),
				reserves: panels_f_reserves(),
				thresholdPct: panels_f_threshold(),
				challengeWindowDays: panels_f_window(),
				monitoringIntervalDays: panels_f_interval()
			}
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "title",
			label: title(),
			value: values().title ?? "",
			error: errors().title ?? "",
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "description",
			label: description(),
			value: values().description ?? "",
			error: errors().description ?? "",
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> `);
		PanelSettingsFields($$renderer, {
			values: values(),
			errors: errors()
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_create())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DBSHBaNX.js.map
