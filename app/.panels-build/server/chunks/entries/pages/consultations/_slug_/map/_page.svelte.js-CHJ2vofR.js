import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { f0 as consultations_form_map, g5 as consultations_map_lead, cZ as filter, g6 as consultations_filter_topic, c_ as all, eQ as topicName, g7 as consultations_map_hidden_note, g8 as consultations_map_legend, g9 as consultations_pin_list, ga as consultations_no_pins, a2 as formatDate, d2 as anonymised_author, fD as consultations_city_answer, gb as consultations_add_pin, gc as consultations_pin_added, fM as consultations_not_open, gd as consultations_signin_to_pin, ge as consultations_pin_comment, aL as longitude, aM as latitude, gf as consultations_topic, gg as consultations_pin_hint, gh as consultations_lat_hint, gi as consultations_lon_hint } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { C as ConsultationNav } from '../../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { P as PinMap } from '../../../../../chunks/PinMap.js-BB3NQyzH.js';
import { c as answerStatusName, l as localized } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/map/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		const districtName = (id) => data.districts.find((d) => d.id === id)?.name ?? "—";
		head("1qjcww8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_form_map())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> <h1>${escape_html(consultations_form_map())}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: c().settings.forms,
			current: "map",
			reportPublished: !!c().settings.reportPublishedAt
		});
		$$renderer.push(`<!----> <p class="lead">${escape_html(consultations_map_lead())}</p> <form method="GET" class="actions"${attr("aria-label", filter())}><div class="field"><label for="topic-filter">${escape_html(consultations_filter_topic())}</label> <select id="topic-filter" name="topic">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.topics);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let t = each_array[$$index];
			$$renderer.option({
				value: t,
				selected: data.topic === t
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(topicName(t))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <button class="secondary" type="submit">${escape_html(filter())}</button></form> <div class="map-layout svelte-1qjcww8"><div><p class="visually-hidden">${escape_html(consultations_map_hidden_note())}</p> `);
		PinMap($$renderer, {
			districts: data.districts,
			pins: data.pins.map((x) => ({
				id: x.id,
				lat: x.lat,
				lon: x.lon,
				topic: x.topic,
				label: `${topicName(x.topic)}: ${x.body}`
			})),
			fill: data.canPin && c().open ? {
				} : null,
			highlight: c().settings.targetDistricts
		});
		$$renderer.push(`<!----> <p class="hint">${escape_html(consultations_map_legend())}</p></div> <section aria-labelledby="pin-list"><h2 id="pin-list">${escape_html(consultations_pin_list({ n: data.pins.length }))}</h2> `);
		if (data.pins.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_pins())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ol class="pins svelte-1qjcww8"><!--[-->`);
		const each_array_1 = ensure_array_like(data.pins);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let pin = each_array_1[$$index_1];
			$$renderer.push(`<li class="svelte-1qjcww8"><strong>${escape_html(topicName(pin.topic))}</strong> · ${escape_html(districtName(pin.districtId))} · <span class="meta">${escape_html(pin.lat.toFixed(4))}, ${escape_html(pin.lon.toFixed(4))} · ${escape_html(formatDate(pin.createdAt))} · ${escape_html(pin.authorName ?? anonymised_author())}</span> <p class="comment-body">${escape_html(pin.body)}</p> `);
			if (data.answerOf[pin.id]) $$renderer.push(`<!--[0--><p class="answer svelte-1qjcww8">${escape_html(consultations_city_answer())}: ${escape_html(answerStatusName(data.answerOf[pin.id]))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol></section></div> <section aria-labelledby="add-pin"><h2 id="add-pin">${escape_html(consultations_add_pin())}</h2> `);
		if (form && "pinned" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_pin_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (!c().open) $$renderer.push(`<!--[0--><p class="notice">${escape_html(consultations_not_open())}</p>`);
		else if (!data.canPin) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=/consultations/${p().slug}/map`))}>${escape_html(consultations_signin_to_pin())}</a></p>`);
		else {
			$$renderer.push("<!--[-1-->");
			ErrorSummary($$renderer, {
				form: f(),
				labels: {
					topic: consultations_topic(),
					lat: latitude(),
					lon: longitude(),
					body: consultations_pin_comment()
				}
			});
			$$renderer.push(`<!----> <p class="hint">${escape_html(consultations_pin_hint())}</p> <form method="POST" action="?/pin" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!errors().topic })}><label for="topic">${escape_html(consultations_topic())}</label> `);
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
					selected: (values().topic ?? data.topic) === t
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(topicName(t))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <div class="actions">`);
			Field($$renderer, {
				name: "lat",
				label: latitude(),
				value: values().lat,
				error: errors().lat,
				inputmode: "decimal",
				hint: consultations_lat_hint()
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "lon",
				label: longitude(),
				value: values().lon,
				error: errors().lon,
				inputmode: "decimal",
				hint: consultations_lon_hint()
			});
			$$renderer.push(`<!----></div> `);
			Field($$renderer, {
				name: "body",
				label: consultations_pin_comment(),
				value: values().body,
				error: errors().body,
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(consultations_add_pin())}</button></form>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CHJ2vofR.js.map
