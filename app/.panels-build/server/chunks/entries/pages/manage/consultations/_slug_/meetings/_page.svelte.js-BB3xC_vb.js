import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref, c as getLocale } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { E as meetings_title, jm as meetings_created, jn as meetings_open_page, jo as meetings_seats, jp as meetings_registered_n, jq as meetings_waiting_n, fq as meetings_none, jr as meetings_new, js as meetings_capacity, jt as ends, ju as starts, jv as meetings_link, jw as meetings_place, jx as meetings_format, c3 as title, bp as description, jy as meetings_place_hint, jz as meetings_link_hint, aO as district, an as not_given, jA as meetings_capacity_hint, jB as meetings_create } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { d as dateTime, m as meetingFormatName, l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/consultations/[slug]/meetings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		head("s8owyu", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(meetings_title())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(meetings_title())}</h1> `);
		if (form && "created" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(meetings_created())} <a${attr("href", localizeHref(`/meetings/${form.created}`))}>${escape_html(meetings_open_page())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul>`);
		const each_array = ensure_array_like(data.meetings);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let mt = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", localizeHref(`/meetings/${mt.id}`))}>${escape_html(mt.title)}</a> — ${escape_html(dateTime(mt.startsAt, getLocale()))}, ${escape_html(meetingFormatName(mt.format))} · ${escape_html(mt.capacity ? meetings_seats({
					registered: mt.registered,
					capacity: mt.capacity
				}) : meetings_registered_n({ n: mt.registered }))}`);
				if (mt.waiting) $$renderer.push(`<!--[0-->· ${escape_html(meetings_waiting_n({ n: mt.waiting }))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
		} else $$renderer.push(`<!--[!--><li>${escape_html(meetings_none())}</li>`);
		$$renderer.push(`<!--]--></ul> <h2>${escape_html(meetings_new())}</h2> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: {
				title: title(),
				format: meetings_format(),
				place: meetings_place(),
				link: meetings_link(),
				startsAt: starts(),
				endsAt: ends(),
				capacity: meetings_capacity()
			}
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "title",
			label: title(),
			value: values().title,
			error: errors().title,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "description",
			label: description(),
			value: values().description,
			error: errors().description,
			multiline: true
		});
		$$renderer.push(`<!----> <fieldset${attr_class("field", void 0, { "has-error": !!errors().format })}><legend>${escape_html(meetings_format())}</legend> `);
		if (errors().format) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().format)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_1 = ensure_array_like(data.formats);
		for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
			let fm = each_array_1[i];
			$$renderer.push(`<label class="choice svelte-s8owyu"><input type="radio"${attr("id", i === 0 ? "format" : `format-${fm}`)} name="format"${attr("value", fm)}${attr("checked", values().format === fm, true)}/> ${escape_html(meetingFormatName(fm))}</label>`);
		}
		$$renderer.push(`<!--]--></fieldset> `);
		Field($$renderer, {
			name: "place",
			label: meetings_place(),
			hint: meetings_place_hint(),
			value: values().place,
			error: errors().place
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "link",
			label: meetings_link(),
			hint: meetings_link_hint(),
			value: values().link,
			error: errors().link
		});
		$$renderer.push(`<!----> <div class="field"><label for="districtId">${escape_html(district())}</label> <select id="districtId" name="districtId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(not_given())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(data.districts);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let d = each_array_2[$$index_2];
			$$renderer.option({
				value: d.id,
				selected: values().districtId === String(d.id)
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(d.number)}. ${escape_html(d.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="actions">`);
		Field($$renderer, {
			name: "startsAt",
			label: starts(),
			type: "datetime-local",
			value: values().startsAt,
			error: errors().startsAt,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "endsAt",
			label: ends(),
			type: "datetime-local",
			value: values().endsAt,
			error: errors().endsAt,
			required: true
		});
		$$renderer.push(`<!----></div> `);
		Field($$renderer, {
			name: "capacity",
			label: meetings_capacity(),
			hint: meetings_capacity_hint(),
			type: "number",
			inputmode: "numeric",
			min: 1,
			value: values().capacity,
			error: errors().capacity
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(meetings_create())}</button></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BB3xC_vb.js.map
