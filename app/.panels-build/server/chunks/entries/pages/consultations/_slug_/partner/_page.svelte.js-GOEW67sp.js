import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { gj as consultations_session_recorded, gk as consultations_session_recorded_text, gl as consultations_back_to, ft as consultations_record_session, gm as consultations_not_a_partner, gn as consultations_record_session_lead, go as consultations_notes, gp as consultations_participants, gq as consultations_held_at, c3 as title, gr as consultations_partner, aO as district, an as not_given, gs as consultations_age_band_main, gt as consultations_notes_hint } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { p as partnerKindName, a as ageBandName, l as localized } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/partner/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.c.process);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		head("2t23w4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_record_session())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> `);
		if (form && "recorded" in form) $$renderer.push(`<!--[0--><div class="confirm svelte-2t23w4" role="status"><h1 class="svelte-2t23w4">${escape_html(consultations_session_recorded())}</h1></div> <p>${escape_html(consultations_session_recorded_text())}</p> <p><a${attr("href", localizeHref(`/consultations/${p().slug}`))}>${escape_html(consultations_back_to({ title: p().title }))}</a></p>`);
		else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(consultations_record_session())}</h1> `);
			if (data.partners.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(consultations_not_a_partner())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><p class="lead">${escape_html(consultations_record_session_lead())}</p> `);
				ErrorSummary($$renderer, {
					form: f(),
					labels: {
						partnerId: consultations_partner(),
						title: title(),
						heldAt: consultations_held_at(),
						participants: consultations_participants(),
						notes: consultations_notes()
					}
				});
				$$renderer.push(`<!----> <form method="POST" class="stack" novalidate=""><div class="field"><label for="partnerId">${escape_html(consultations_partner())}</label> <select id="partnerId" name="partnerId"><!--[-->`);
				const each_array = ensure_array_like(data.partners);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let pt = each_array[$$index];
					$$renderer.option({
						value: pt.id,
						selected: values().partnerId === pt.id
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(pt.name)} (${escape_html(partnerKindName(pt.kind))})`);
					});
				}
				$$renderer.push(`<!--]--></select></div> `);
				Field($$renderer, {
					name: "title",
					label: title(),
					value: values().title,
					error: errors().title,
					required: true
				});
				$$renderer.push(`<!----> `);
				Field($$renderer, {
					name: "heldAt",
					label: consultations_held_at(),
					type: "date",
					value: values().heldAt,
					error: errors().heldAt,
					required: true
				});
				$$renderer.push(`<!----> `);
				Field($$renderer, {
					name: "participants",
					label: consultations_participants(),
					type: "number",
					inputmode: "numeric",
					min: 1,
					value: values().participants,
					error: errors().participants,
					required: true
				});
				$$renderer.push(`<!----> <div class="field"><label for="districtId">${escape_html(district())}</label> <select id="districtId" name="districtId">`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(not_given())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_1 = ensure_array_like(data.districts);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let d = each_array_1[$$index_1];
					$$renderer.option({
						value: d.id,
						selected: values().districtId === String(d.id)
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
					});
				}
				$$renderer.push(`<!--]--></select></div> <div class="field"><label for="ageBand">${escape_html(consultations_age_band_main())}</label> <select id="ageBand" name="ageBand">`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(not_given())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_2 = ensure_array_like(data.ageBands);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let b = each_array_2[$$index_2];
					$$renderer.option({
						value: b,
						selected: values().ageBand === b
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(ageBandName(b))}`);
					});
				}
				$$renderer.push(`<!--]--></select></div> `);
				Field($$renderer, {
					name: "notes",
					label: consultations_notes(),
					hint: consultations_notes_hint(),
					value: values().notes,
					error: errors().notes,
					multiline: true,
					required: true
				});
				$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(consultations_record_session())}</button></form>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-GOEW67sp.js.map
