import { am as attr_class, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify } from './server.js-DL9eFGXd.js';
import { i7 as mechanism, Y as mechanismName, c3 as title, bp as description, f8 as scope_title, f9 as scope_decided, fb as scope_open, fc as scope_who, fd as scope_when, aO as district, $ as citywide, f3 as climate_topics, eQ as topicName, bN as phases, mp as phases_hint, mq as phase_name, ju as starts, jt as ends } from './i18n.js-DrLrGNuv.js';
import { F as Field } from './Field.js-vQ4NKkpV.js';

// src/lib/components/ProcessForm.svelte
function ProcessForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { values, errors = {}, districts, mechanisms, topics, rows, submitLabel } = $$props;
		const day = (d) => d ? new Date(d).toISOString().slice(0, 10) : "";
		$$renderer.push(`<form method="POST" action="?/save" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": errors.mechanism })}><label for="mechanism">${escape_html(mechanism())}</label> <select id="mechanism" name="mechanism"><!--[-->`);
		const each_array = ensure_array_like(mechanisms);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let mech = each_array[$$index];
			$$renderer.option({
				value: mech,
				selected: values.mechanism === mech
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(mechanismName(mech))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "title",
			label: title(),
			value: values.title,
			error: errors.title,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "description",
			label: description(),
			value: values.description,
			error: errors.description,
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> <fieldset><legend>${escape_html(scope_title())}</legend> `);
		Field($$renderer, {
			name: "scopeDecided",
			label: scope_decided(),
			value: values.scopeDecided,
			error: errors.scopeDecided,
			multiline: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "scopeOpen",
			label: scope_open(),
			value: values.scopeOpen,
			error: errors.scopeOpen,
			multiline: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "scopeWhoDecides",
			label: scope_who(),
			value: values.scopeWhoDecides,
			error: errors.scopeWhoDecides
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "scopeWhen",
			label: scope_when(),
			value: values.scopeWhen,
			error: errors.scopeWhen
		});
		$$renderer.push(`<!----></fieldset> <div class="field"><label for="districtId">${escape_html(district())}</label> <select id="districtId" name="districtId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(citywide())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(districts);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let d = each_array_1[$$index_1];
			$$renderer.option({
				value: d.id,
				selected: Number(values.districtId) === d.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <fieldset><legend>${escape_html(climate_topics())}</legend> <!--[-->`);
		const each_array_2 = ensure_array_like(topics);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let t = each_array_2[$$index_2];
			$$renderer.push(`<label style="display:block"><input type="checkbox" name="topics"${attr("value", t)}${attr("checked", values.topics?.includes(t), true)}/> ${escape_html(topicName(t))}</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> <fieldset><legend>${escape_html(phases())}</legend> <p class="hint">${escape_html(phases_hint())}</p> <!--[-->`);
		const each_array_3 = ensure_array_like(Array(rows));
		for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
			each_array_3[i];
			const ph = values.phases?.[i];
			$$renderer.push(`<div class="actions"><div${attr_class("field", void 0, { "has-error": errors[`phases.${i}.name`] })}><label${attr("for", `phase${stringify(i)}_name`)}>${escape_html(phase_name({ n: i + 1 }))}</label><input${attr("id", `phase${stringify(i)}_name`)}${attr("name", `phase${stringify(i)}_name`)} type="text"${attr("value", ph?.name ?? "")}/></div> <div${attr_class("field", void 0, { "has-error": errors[`phases.${i}.startsAt`] })}><label${attr("for", `phase${stringify(i)}_start`)}>${escape_html(starts())}</label><input${attr("id", `phase${stringify(i)}_start`)}${attr("name", `phase${stringify(i)}_start`)} type="date"${attr("value", day(ph?.startsAt))}/></div> <div${attr_class("field", void 0, { "has-error": errors[`phases.${i}.endsAt`] })}><label${attr("for", `phase${stringify(i)}_end`)}>${escape_html(ends())}</label><input${attr("id", `phase${stringify(i)}_end`)}${attr("name", `phase${stringify(i)}_end`)} type="date"${attr("value", day(ph?.endsAt))}/></div></div>`);
		}
		$$renderer.push(`<!--]--></fieldset> <button class="primary" type="submit">${escape_html(submitLabel)}</button></form>`);
	});
}

export { ProcessForm as P };
//# sourceMappingURL=ProcessForm.js-CNdd4ZSD.js.map
