import { ak as head, ah as escape_html, aj as ensure_array_like, am as attr_class, ai as attr, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { B as consultations_manage_settings, hY as saved, j1 as consultations_warnings_title, j2 as consultations_override_reason, fi as consultations_report_due, j3 as consultations_ends, j4 as consultations_starts, j5 as consultations_info_starts, j6 as consultations_rules, ff as consultations_dates, j7 as consultations_override_hint, fk as consultations_forms, fm as consultations_target_districts, fn as consultations_target_ages, fp as consultations_target_stakeholders, e$ as consultations_form_survey, j8 as consultations_survey_anonymous, he as consultations_survey_anonymous_caveat, j9 as consultations_survey_intro, b4 as save } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { w as warningName, e as localInput, f as formName, a as ageBandName, b as stakeholderName, l as localized } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/consultations/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const s = derived(() => data.c.settings);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const warnings = derived(() => form && "warnings" in form ? form.warnings : data.c.warnings);
		const dates = [
			{
				name: "infoStartsAt",
				label: () => consultations_info_starts()
			},
			{
				name: "startsAt",
				label: () => consultations_starts()
			},
			{
				name: "endsAt",
				label: () => consultations_ends()
			},
			{
				name: "reportDueAt",
				label: () => consultations_report_due()
			}
		];
		head("102mtn5", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_manage_settings())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(data.c.process.title)}</h1> <h2>${escape_html(consultations_manage_settings())}</h2> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (warnings().length) {
			$$renderer.push(`<!--[0--><div class="notice warning" role="status"><p><strong>${escape_html(consultations_warnings_title())}</strong></p> <ul><!--[-->`);
			const each_array = ensure_array_like(warnings());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let w = each_array[$$index];
				$$renderer.push(`<li>${escape_html(warningName(w))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: {
				infoStartsAt: consultations_info_starts(),
				startsAt: consultations_starts(),
				endsAt: consultations_ends(),
				reportDueAt: consultations_report_due(),
				overrideReason: consultations_override_reason()
			}
		});
		$$renderer.push(`<!----> <p>${escape_html(consultations_rules({
			info: data.minimums.informationDays,
			days: data.minimums.consultationDays,
			forms: data.minimums.forms
		}))}</p> <form method="POST" class="stack" novalidate=""><fieldset><legend>${escape_html(consultations_dates())}</legend> <!--[-->`);
		const each_array_1 = ensure_array_like(dates);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let d = each_array_1[$$index_1];
			$$renderer.push(`<div${attr_class("field", void 0, { "has-error": !!errors()[d.name] })}><label${attr("for", d.name)}>${escape_html(d.label())}</label> `);
			if (errors()[d.name]) $$renderer.push(`<!--[0--><p class="error"${attr("id", `${stringify(d.name)}-error`)}>${escape_html(errors()[d.name])}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <input type="datetime-local"${attr("id", d.name)}${attr("name", d.name)}${attr("value", localInput(s()[d.name]))}${attr("aria-invalid", errors()[d.name] ? "true" : void 0)}${attr("aria-describedby", errors()[d.name] ? `${d.name}-error` : void 0)}/></div>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.isAdmin) {
			$$renderer.push(`<!--[0--><div${attr_class("field", void 0, { "has-error": !!errors().overrideReason })}><label for="overrideReason">${escape_html(consultations_override_reason())}</label> <p class="hint" id="overrideReason-hint">${escape_html(consultations_override_hint())}</p> `);
			if (errors().overrideReason) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().overrideReason)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <textarea id="overrideReason" name="overrideReason" aria-describedby="overrideReason-hint">`);
			const $$body = escape_html(s().durationOverrideReason ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset> <fieldset><legend>${escape_html(consultations_forms())}</legend> <!--[-->`);
		const each_array_2 = ensure_array_like(data.forms);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let fm = each_array_2[$$index_2];
			$$renderer.push(`<label class="choice svelte-102mtn5"><input type="checkbox" name="forms"${attr("value", fm)}${attr("checked", s().forms.includes(fm), true)}/> ${escape_html(formName(fm))}</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> <fieldset><legend>${escape_html(consultations_target_districts())}</legend> <div class="columns svelte-102mtn5"><!--[-->`);
		const each_array_3 = ensure_array_like(data.districts);
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let d = each_array_3[$$index_3];
			$$renderer.push(`<label class="choice svelte-102mtn5"><input type="checkbox" name="targetDistricts"${attr("value", d.id)}${attr("checked", s().targetDistricts.includes(d.id), true)}/> ${escape_html(d.number)}. ${escape_html(d.name)}</label>`);
		}
		$$renderer.push(`<!--]--></div></fieldset> <fieldset><legend>${escape_html(consultations_target_ages())}</legend> <!--[-->`);
		const each_array_4 = ensure_array_like(data.ageBands);
		for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
			let b = each_array_4[$$index_4];
			$$renderer.push(`<label class="choice svelte-102mtn5"><input type="checkbox" name="targetAgeBands"${attr("value", b)}${attr("checked", s().targetAgeBands.includes(b), true)}/> ${escape_html(ageBandName(b))}</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> <fieldset><legend>${escape_html(consultations_target_stakeholders())}</legend> <!--[-->`);
		const each_array_5 = ensure_array_like(data.stakeholders);
		for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
			let st = each_array_5[$$index_5];
			$$renderer.push(`<label class="choice svelte-102mtn5"><input type="checkbox" name="targetStakeholders"${attr("value", st)}${attr("checked", s().targetStakeholders.includes(st), true)}/> ${escape_html(stakeholderName(st))}</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> <fieldset><legend>${escape_html(consultations_form_survey())}</legend> <label class="choice svelte-102mtn5"><input type="checkbox" name="surveyAnonymous"${attr("checked", s().surveyAnonymous, true)}/> ${escape_html(consultations_survey_anonymous())}</label> <p class="hint">${escape_html(consultations_survey_anonymous_caveat())}</p> <div class="field"><label for="surveyIntro">${escape_html(consultations_survey_intro())}</label><textarea id="surveyIntro" name="surveyIntro">`);
		const $$body_1 = escape_html(s().surveyIntro);
		if ($$body_1) $$renderer.push(`${$$body_1}`);
		$$renderer.push(`</textarea></div></fieldset> <button class="primary" type="submit">${escape_html(save())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Bem_PEp9.js.map
