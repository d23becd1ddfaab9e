import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as attr_class, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { h9 as consultations_check_answers, c3 as title, gf as consultations_topic, eQ as topicName, hN as ideas_location, aO as district, bp as description, be as change, i0 as ideas_publish, hE as ideas_propose, i1 as verify_to_comment, aL as longitude, aM as latitude, i2 as ideas_location_hint, $ as citywide, i3 as ideas_point, i4 as ideas_point_hint, hk as consultations_continue } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../chunks/Field.js-vQ4NKkpV.js';
import { l as localized } from '../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/ideas/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		const review = derived(() => form && "review" in form ? form : null);
		const districtName = (id) => data.districts.find((d) => d.id === Number(id))?.name ?? citywide();
		head("1l2836a", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(review() ? consultations_check_answers() : ideas_propose())} — Decydujemy</title>`);
			});
		});
		if (review()) {
			$$renderer.push(`<!--[0--><h1>${escape_html(consultations_check_answers())}</h1> <dl class="scope"><div><dt>${escape_html(title())}</dt><dd>${escape_html(review().values.title)}</dd></div> <div><dt>${escape_html(consultations_topic())}</dt><dd>${escape_html(topicName(review().values.topic))}</dd></div> <div><dt>${escape_html(ideas_location())}</dt><dd>${escape_html(review().values.location || "—")}`);
			if (review().values.lat) $$renderer.push(`<!--[0-->(${escape_html(review().values.lat)}, ${escape_html(review().values.lon)})`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dd></div> <div><dt>${escape_html(district())}</dt><dd>${escape_html(districtName(review().districtId))}</dd></div> <div><dt>${escape_html(description())}</dt><dd class="pre svelte-1l2836a">${escape_html(review().values.description)}</dd></div></dl> <div class="actions"><form method="POST" action="?/edit"><!--[-->`);
			const each_array = ensure_array_like(Object.entries(review().values));
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let [k, v] = each_array[$$index];
				$$renderer.push(`<input type="hidden"${attr("name", k)}${attr("value", v)}/>`);
			}
			$$renderer.push(`<!--]--> <button class="secondary" type="submit">${escape_html(change())}</button></form> <form method="POST" action="?/submit"><!--[-->`);
			const each_array_1 = ensure_array_like(Object.entries(review().values));
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let [k, v] = each_array_1[$$index_1];
				$$renderer.push(`<input type="hidden"${attr("name", k)}${attr("value", v)}/>`);
			}
			$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(ideas_publish())}</button></form></div>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(ideas_propose())}</h1> `);
			if (!data.verified) $$renderer.push(`<!--[0--><p class="notice">${escape_html(verify_to_comment())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			ErrorSummary($$renderer, {
				form: f(),
				labels: {
					title: title(),
					topic: consultations_topic(),
					lat: latitude(),
					lon: longitude(),
					description: description(),
					districtId: district()
				}
			});
			$$renderer.push(`<!----> <form method="POST" action="?/review" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "title",
				label: title(),
				value: values().title,
				error: errors().title,
				required: true
			});
			$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!errors().topic })}><label for="topic">${escape_html(consultations_topic())}</label> `);
			if (errors().topic) $$renderer.push(`<!--[0--><p class="error" id="topic-error">${escape_html(errors().topic)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <select id="topic" name="topic"${attr("aria-describedby", errors().topic ? "topic-error" : void 0)}>`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`—`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_2 = ensure_array_like(data.topics);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let t = each_array_2[$$index_2];
				$$renderer.option({
					value: t,
					selected: values().topic === t
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(topicName(t))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> `);
			Field($$renderer, {
				name: "location",
				label: ideas_location(),
				hint: ideas_location_hint(),
				value: values().location,
				error: errors().location
			});
			$$renderer.push(`<!----> <div class="field"><label for="districtId">${escape_html(district())}</label> <select id="districtId" name="districtId">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(citywide())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_3 = ensure_array_like(data.districts);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let d = each_array_3[$$index_3];
				$$renderer.option({
					value: d.id,
					selected: values().districtId === String(d.id)
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <fieldset><legend>${escape_html(ideas_point())}</legend> <p class="hint">${escape_html(ideas_point_hint())}</p> <div class="actions">`);
			Field($$renderer, {
				name: "lat",
				label: latitude(),
				value: values().lat,
				error: errors().lat,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "lon",
				label: longitude(),
				value: values().lon,
				error: errors().lon,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----></div></fieldset> `);
			Field($$renderer, {
				name: "description",
				label: description(),
				value: values().description,
				error: errors().description,
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(consultations_continue())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-UpGt9swv.js.map
