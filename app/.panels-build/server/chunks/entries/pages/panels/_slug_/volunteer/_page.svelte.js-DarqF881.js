import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { nk as panels_join_title, ns as panels_join_closed, ov as panels_already_registered, ow as panels_back_to_panel, ox as panels_check_title, oy as panels_check_intro, oz as panels_f_code, ly as panels_f_name, lz as panels_f_email, oA as panels_f_phone, fa as not_stated, oB as panels_f_household, oC as panels_f_availability, oD as panels_f_consent, lX as panels_yes, oE as panels_confirm_register, oF as panels_change_answers, oG as panels_code_title, oH as panels_code_intro, ag as error_summary_title, oI as panels_f_code_hint, oJ as panels_continue, oK as panels_details_title, oL as panels_code_ok, oM as panels_optional, oN as panels_f_household_hint, oO as panels_answers_purpose, oP as panels_f_availability_hint, oQ as panels_f_consent_text } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { f as featureName, a as pErr, b as pForm } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/volunteer/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const values = derived(() => (form && "values" in form ? form.values : null) ?? {});
		const err = (k) => failed()?.fields?.[k] ?? "";
		const val = (k, dflt = "") => values()[k] ?? dflt;
		const check = derived(() => form && "check" in form ? form.check : null);
		const code = derived(() => data.code?.code ?? values().code ?? "");
		const needsCode = derived(() => !p().openRegistration && !code());
		const labels = derived(() => ({
			code: panels_f_code(),
			name: panels_f_name(),
			email: panels_f_email(),
			phone: panels_f_phone(),
			household: panels_f_household(),
			availability: panels_f_availability(),
			consent: panels_f_consent(),
			...Object.fromEntries(p().features.map((f) => [`answer_${f}`, featureName(f)]))
		}));
		const labelOf = (f, v) => p().quotas.find((q) => q.feature === f && q.value === v)?.label ?? v;
		head("bvopej", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(check() ? panels_check_title() : panels_join_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		if (p().stage !== "recruitment") $$renderer.push(`<!--[0--><h1>${escape_html(panels_join_title())}</h1> <p>${escape_html(panels_join_closed())}</p>`);
		else if (p().mine && p().mine.status !== "withdrawn") $$renderer.push(`<!--[1--><h1>${escape_html(panels_join_title())}</h1> <p>${escape_html(panels_already_registered())}</p> <p><a${attr("href", localizeHref(`/panels/${p().slug}`))}>${escape_html(panels_back_to_panel())}</a></p>`);
		else if (check()) {
			$$renderer.push(`<!--[2--><h1>${escape_html(panels_check_title())}</h1> <p>${escape_html(panels_check_intro())}</p> <dl class="check-answers svelte-bvopej">`);
			if (check().code) $$renderer.push(`<!--[0--><div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_code())}</dt><dd class="svelte-bvopej">${escape_html(check().code)}</dd></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_name())}</dt><dd class="svelte-bvopej">${escape_html(check().name)}</dd></div> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_email())}</dt><dd class="svelte-bvopej">${escape_html(check().email)}</dd></div> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_phone())}</dt><dd class="svelte-bvopej">${escape_html(check().phone || not_stated())}</dd></div> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_household())}</dt><dd class="svelte-bvopej">${escape_html(check().household)}</dd></div> <!--[-->`);
			const each_array = ensure_array_like(p().features);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let f = each_array[$$index];
				$$renderer.push(`<div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(featureName(f))}</dt><dd class="svelte-bvopej">${escape_html(labelOf(f, check().answers[f]))}</dd></div>`);
			}
			$$renderer.push(`<!--]--> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_availability())}</dt><dd class="svelte-bvopej">${escape_html(check().availability)}</dd></div> <div class="svelte-bvopej"><dt class="svelte-bvopej">${escape_html(panels_f_consent())}</dt><dd class="svelte-bvopej">${escape_html(panels_yes())}</dd></div></dl> <form method="POST" class="actions" novalidate=""><!--[-->`);
			const each_array_1 = ensure_array_like(Object.entries(values()));
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let [k, v] = each_array_1[$$index_1];
				$$renderer.push(`<input type="hidden"${attr("name", k)}${attr("value", v)}/>`);
			}
			$$renderer.push(`<!--]--> <button class="primary" type="submit" formaction="?/confirm">${escape_html(panels_confirm_register())}</button> <button class="secondary" type="submit" formaction="?/edit">${escape_html(panels_change_answers())}</button></form>`);
		} else if (needsCode()) {
			$$renderer.push(`<!--[3--><h1>${escape_html(panels_code_title())}</h1> <p>${escape_html(panels_code_intro())}</p> `);
			if (data.codeError) $$renderer.push(`<!--[0--><div class="error-summary" role="alert" tabindex="-1"><h2>${escape_html(error_summary_title())}</h2><ul><li><a href="#code">${escape_html(panels_f_code())}: ${escape_html(pErr(data.codeError))}</a></li></ul></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="GET" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "code",
				label: panels_f_code(),
				hint: panels_f_code_hint(),
				value: data.codeTyped,
				error: data.codeError,
				required: true,
				autocomplete: "off"
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_continue())}</button></form>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(panels_details_title())}</h1> `);
			if (data.code) $$renderer.push(`<!--[0--><p>${escape_html(panels_code_ok({ address: `${data.code.street}, ${data.code.postcode} ${data.code.city}` }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			ErrorSummary($$renderer, {
				form: failed(),
				labels: labels()
			});
			$$renderer.push(`<!----> <form method="POST" action="?/check" class="stack" novalidate="">`);
			if (code()) $$renderer.push(`<!--[0--><input type="hidden" name="code"${attr("value", code())}/>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Field($$renderer, {
				name: "name",
				label: panels_f_name(),
				value: val("name", data.user?.name ?? ""),
				error: err("name"),
				autocomplete: "name",
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: panels_f_email(),
				value: val("email", data.user?.email ?? ""),
				error: err("email"),
				autocomplete: "email",
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "phone",
				type: "tel",
				label: panels_f_phone(),
				hint: panels_optional(),
				value: val("phone"),
				error: err("phone"),
				autocomplete: "tel"
			});
			$$renderer.push(`<!----> `);
			if (!code()) {
				$$renderer.push("<!--[0-->");
				Field($$renderer, {
					name: "household",
					label: panels_f_household(),
					hint: panels_f_household_hint(),
					value: val("household"),
					error: err("household"),
					autocomplete: "street-address",
					required: true
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="hint">${escape_html(panels_answers_purpose())}</p> <!--[-->`);
			const each_array_2 = ensure_array_like(p().features);
			for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
				let f = each_array_2[$$index_3];
				const e = err(`answer_${f}`);
				$$renderer.push(`<fieldset${attr_class("field svelte-bvopej", void 0, { "has-error": !!e })}${attr("id", `answer_${stringify(f)}`)}${attr("aria-describedby", e ? `answer_${f}-error` : void 0)}><legend class="svelte-bvopej">${escape_html(featureName(f))}</legend> `);
				if (e) $$renderer.push(`<!--[0--><p class="error"${attr("id", `answer_${stringify(f)}-error`)}>${escape_html(pErr(e))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <!--[-->`);
				const each_array_3 = ensure_array_like(p().quotas.filter((q) => q.feature === f));
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let q = each_array_3[$$index_2];
					$$renderer.push(`<label class="choice svelte-bvopej"><input type="radio"${attr("name", `answer_${stringify(f)}`)}${attr("value", q.value)}${attr("checked", val(`answer_${f}`) === q.value, true)}/> ${escape_html(q.label)}</label>`);
				}
				$$renderer.push(`<!--]--></fieldset>`);
			}
			$$renderer.push(`<!--]--> `);
			Field($$renderer, {
				name: "availability",
				label: panels_f_availability(),
				hint: panels_f_availability_hint(),
				value: val("availability"),
				error: err("availability"),
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!err("consent") })}>`);
			if (err("consent")) $$renderer.push(`<!--[0--><p class="error" id="consent-error">${escape_html(pErr(err("consent")))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <label class="choice svelte-bvopej"><input type="checkbox" id="consent" name="consent" value="yes"${attr("checked", val("consent") === "yes", true)}${attr("aria-describedby", err("consent") ? "consent-error" : void 0)}/> ${escape_html(panels_f_consent_text({ days: p().challengeWindowDays }))}</label></div> <button class="primary" type="submit">${escape_html(panels_continue())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DarqF881.js.map
