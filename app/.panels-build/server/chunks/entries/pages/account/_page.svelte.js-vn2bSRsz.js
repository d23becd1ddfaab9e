import { ak as head, ah as escape_html, am as attr_class, aj as ensure_array_like, ai as attr, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { ah as account_title, ai as signed_in_as, aj as profile_saved, ak as district_found, al as district_picked_on_map, am as district_hint, an as not_given, ao as birth_year_hint, ap as demographics_title, aq as demographics_hint, ar as demographics_consent, as as gender, at as prefer_not_say, au as gender_female, av as gender_male, aw as gender_other, ax as education, ay as education_higher, az as education_secondary, aA as education_vocational, aB as education_primary, aC as save_profile, aD as find_district_title, aE as find_district_map, aF as districts_map_label, aG as find_district_point, aH as find_district_submit, aI as your_data, aJ as download_data, aK as delete_account, aL as longitude, aM as latitude, aN as birth_year, aO as district, aP as display_name, o as nav_account } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../chunks/Field.js-vQ4NKkpV.js';
import { D as DistrictMap } from '../../../chunks/DistrictMap.js-DHMFwyRh.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/account/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => form && "fields" in form ? form : null);
		const located = derived(() => form && "located" in form ? form.located : null);
		const districtId = derived(() => located() ?? data.profile.districtId);
		const labels = derived(() => ({
			name: display_name(),
			districtId: district(),
			birthYear: birth_year(),
			lat: latitude(),
			lon: longitude()
		}));
		head("8i5vi8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_account())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(account_title())}</h1> <p>${escape_html(signed_in_as({ email: data.profile.email }))}</p> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(profile_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (located()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(district_found({ name: data.districts.find((d) => d.id === located())?.name ?? "" }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.districtPicked) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(district_picked_on_map())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: labels()
		});
		$$renderer.push(`<!----> <form method="POST" action="?/profile" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "name",
			label: labels().name,
			value: f()?.values?.name ?? data.profile.name,
			error: f()?.fields?.name,
			autocomplete: "nickname",
			required: true
		});
		$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": f()?.fields?.districtId })}><label for="districtId">${escape_html(labels().districtId)}</label> <p class="hint" id="districtId-hint">${escape_html(district_hint())}</p> <select id="districtId" name="districtId" aria-describedby="districtId-hint">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(not_given())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.districts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let d = each_array[$$index];
			$$renderer.option({
				value: d.id,
				selected: districtId() === d.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "birthYear",
			type: "number",
			inputmode: "numeric",
			label: labels().birthYear,
			hint: birth_year_hint(),
			value: f()?.values?.birthYear ?? data.profile.birthYear,
			error: f()?.fields?.birthYear
		});
		$$renderer.push(`<!----> <fieldset><legend>${escape_html(demographics_title())}</legend> <p class="hint">${escape_html(demographics_hint())}</p> <div class="field"><label><input type="checkbox" name="consent"${attr("checked", data.profile.consent, true)}/> ${escape_html(demographics_consent())}</label></div> <div class="field"><label for="gender">${escape_html(gender())}</label> <select id="gender" name="gender">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(prefer_not_say())}`);
		});
		$$renderer.option({
			value: "female",
			selected: data.profile.demographics.gender === "female"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(gender_female())}`);
		});
		$$renderer.option({
			value: "male",
			selected: data.profile.demographics.gender === "male"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(gender_male())}`);
		});
		$$renderer.option({
			value: "other",
			selected: data.profile.demographics.gender === "other"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(gender_other())}`);
		});
		$$renderer.push(`</select></div> <div class="field"><label for="education">${escape_html(education())}</label> <select id="education" name="education">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(prefer_not_say())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like([
			"primary",
			"vocational",
			"secondary",
			"higher"
		]);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let e = each_array_1[$$index_1];
			$$renderer.option({
				value: e,
				selected: data.profile.demographics.education === e
			}, ($$renderer) => {
				$$renderer.push(`${escape_html({
					primary: education_primary,
					vocational: education_vocational,
					secondary: education_secondary,
					higher: education_higher
				}[e]())}`);
			});
		}
		$$renderer.push(`<!--]--></select></div></fieldset> <button class="primary" type="submit">${escape_html(save_profile())}</button></form> <h2>${escape_html(find_district_title())}</h2> <p>${escape_html(find_district_map())}</p> `);
		DistrictMap($$renderer, {
			districts: data.geometries,
			hrefFor: (id) => localizeHref(`/account?district=${id}`),
			selected: districtId(),
			label: districts_map_label()
		});
		$$renderer.push(`<!----> <form method="POST" action="?/locate" class="stack" novalidate=""><p>${escape_html(find_district_point())}</p> `);
		Field($$renderer, {
			name: "lat",
			label: labels().lat,
			inputmode: "decimal",
			value: f()?.values?.lat ?? "50.0614",
			error: f()?.fields?.lat
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "lon",
			label: labels().lon,
			inputmode: "decimal",
			value: f()?.values?.lon ?? "19.9366",
			error: f()?.fields?.lon
		});
		$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(find_district_submit())}</button></form> <h2>${escape_html(your_data())}</h2> <p><a${attr("href", localizeHref("/account/export.json"))} download="">${escape_html(download_data())}</a></p> <p><a${attr("href", localizeHref("/account/delete"))}>${escape_html(delete_account())}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-vn2bSRsz.js.map
