import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { H as consultations_nav_report, jL as consultations_report_manage_lead, jM as consultations_report_open, jN as consultations_report_preview_link, jO as consultations_report_published, f5 as consultations_answered_count, jP as consultations_decision, jQ as consultations_decision_hint, b4 as save, jR as consultations_publish_report } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/consultations/[slug]/report/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const s = derived(() => data.c.settings);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		head("j7pi7a", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_nav_report())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_nav_report())}</h1> <p>${escape_html(consultations_report_manage_lead())}</p> <p><a${attr("href", localizeHref(`/consultations/${data.c.process.slug}/report`))}>${escape_html(s().reportPublishedAt ? consultations_report_open() : consultations_report_preview_link())}</a></p> `);
		if (form && "published" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_report_published())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p>${escape_html(consultations_answered_count({
			answered: data.c.answered.answered,
			total: data.c.answered.total
		}))}</p> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: { decision: consultations_decision() }
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "decision",
			label: consultations_decision(),
			hint: consultations_decision_hint(),
			value: values().decision ?? s().decision ?? "",
			error: errors().decision,
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(s().reportPublishedAt ? save() : consultations_publish_report())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CIIeVg9s.js.map
