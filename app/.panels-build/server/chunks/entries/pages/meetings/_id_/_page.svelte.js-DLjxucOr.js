import { ak as head, ah as escape_html, ai as attr, al as stringify, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref, c as getLocale } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { mB as meetings_cancelled, ba as when, jw as meetings_place, jv as meetings_link, js as meetings_capacity, jo as meetings_seats, mC as meetings_no_limit, jq as meetings_waiting_n, mD as meetings_add_to_calendar, mE as meetings_registration, mF as meetings_registered_ok, mG as meetings_waiting_ok, mH as meetings_cancelled_ok, mI as meetings_past_note, mJ as meetings_signin_to_register, mK as meetings_you_are_registered, mL as meetings_you_are_waiting, mM as meetings_cancel, mN as meetings_full_waiting, mO as meetings_join_waiting, mP as meetings_register, mQ as meetings_minutes, mR as meetings_for_organisers, mS as meetings_registrations, mT as meetings_no_registrations, a$ as name, c4 as status, mU as meetings_status_registered, mV as meetings_status_waiting, mW as meetings_record_title, hY as saved, mX as meetings_photo_n, mY as meetings_photo_url, mZ as meetings_photo_alt, b4 as save } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { m as meetingFormatName, d as dateTime, l as localized } from '../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/meetings/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const mt = derived(() => data.meeting);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const photoLabels = derived(() => Object.fromEntries([
			0,
			1,
			2
		].flatMap((i) => [[`photos.${i}.url`, `${meetings_photo_url()} ${i + 1}`], [`photos.${i}.alt`, `${meetings_photo_alt()} ${i + 1}`]])));
		head("1hfq6zj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(mt().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><span class="tag">${escape_html(meetingFormatName(mt().format))}</span>`);
		if (mt().processTitle) $$renderer.push(`<!--[0--><a${attr("href", localizeHref(`/consultations/${mt().processSlug}`))}>${escape_html(mt().processTitle)}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <h1>${escape_html(mt().title)}</h1> `);
		if (mt().cancelled) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(meetings_cancelled())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <dl class="scope"><div><dt>${escape_html(when())}</dt><dd>${escape_html(dateTime(mt().startsAt, getLocale()))} – ${escape_html(dateTime(mt().endsAt, getLocale()))}</dd></div> `);
		if (mt().place) $$renderer.push(`<!--[0--><div><dt>${escape_html(meetings_place())}</dt><dd>${escape_html(mt().place)}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (mt().link) $$renderer.push(`<!--[0--><div><dt>${escape_html(meetings_link())}</dt><dd><a${attr("href", mt().link)} rel="noopener noreferrer">${escape_html(mt().link)}</a></dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div><dt>${escape_html(meetings_capacity())}</dt><dd>${escape_html(mt().capacity ? meetings_seats({
			registered: mt().registered,
			capacity: mt().capacity
		}) : meetings_no_limit())}`);
		if (mt().waiting) $$renderer.push(`<!--[0-->· ${escape_html(meetings_waiting_n({ n: mt().waiting }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd></div></dl> `);
		if (mt().description) $$renderer.push(`<!--[0--><p class="description svelte-1hfq6zj">${escape_html(mt().description)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a${attr("href", `/meetings/${stringify(mt().id)}/calendar.ics`)}>${escape_html(meetings_add_to_calendar())}</a></p> <section aria-labelledby="registration"><h2 id="registration">${escape_html(meetings_registration())}</h2> `);
		if (form && "registration" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(form.registration === "registered" ? meetings_registered_ok() : meetings_waiting_ok())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "cancelled" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(meetings_cancelled_ok())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, { form: f() });
		$$renderer.push(`<!----> `);
		if (mt().past) $$renderer.push(`<!--[0--><p>${escape_html(meetings_past_note())}</p>`);
		else if (!data.signedIn) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=/meetings/${mt().id}`))}>${escape_html(meetings_signin_to_register())}</a></p>`);
		else if (mt().myStatus === "registered" || mt().myStatus === "waiting") $$renderer.push(`<!--[2--><p class="status-line svelte-1hfq6zj">${escape_html(mt().myStatus === "registered" ? meetings_you_are_registered() : meetings_you_are_waiting({ n: mt().waitingPosition ?? 0 }))}</p> <form method="POST" action="?/cancel"><button class="secondary" type="submit">${escape_html(meetings_cancel())}</button></form>`);
		else if (!mt().cancelled) {
			$$renderer.push("<!--[3-->");
			if (mt().capacity && mt().registered >= mt().capacity) $$renderer.push(`<!--[0--><p>${escape_html(meetings_full_waiting())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/register"><button class="primary" type="submit">${escape_html(mt().capacity && mt().registered >= mt().capacity ? meetings_join_waiting() : meetings_register())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> `);
		if (mt().minutes || mt().photos.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="after"><h2 id="after">${escape_html(meetings_minutes())}</h2> `);
			if (mt().minutes) $$renderer.push(`<!--[0--><p class="description svelte-1hfq6zj">${escape_html(mt().minutes)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="photos svelte-1hfq6zj"><!--[-->`);
			const each_array = ensure_array_like(mt().photos);
			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				let ph = each_array[i];
				$$renderer.push(`<figure><img${attr("src", ph.url)}${attr("alt", ph.alt)} loading="lazy" width="320" class="svelte-1hfq6zj"/><figcaption>${escape_html(ph.alt)}</figcaption></figure>`);
			}
			$$renderer.push(`<!--]--></div></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (mt().canManage) {
			$$renderer.push(`<!--[0--><section aria-labelledby="organiser"><h2 id="organiser">${escape_html(meetings_for_organisers())}</h2> <h3>${escape_html(meetings_registrations())}</h3> `);
			if (data.registrations.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_no_registrations())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(name())}</th><th scope="col">${escape_html(status())}</th></tr></thead><tbody><!--[-->`);
				const each_array_1 = ensure_array_like(data.registrations);
				for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
					let r = each_array_1[i];
					$$renderer.push(`<tr><td>${escape_html(r.name)}</td><td>${escape_html(r.status === "registered" ? meetings_status_registered() : meetings_status_waiting())}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			$$renderer.push(`<!--]--> <h3>${escape_html(meetings_record_title())}</h3> `);
			if (form && "recorded" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			ErrorSummary($$renderer, {
				form: f(),
				labels: photoLabels()
			});
			$$renderer.push(`<!----> <form method="POST" action="?/record" class="stack" novalidate=""><div class="field"><label for="minutes">${escape_html(meetings_minutes())}</label><textarea id="minutes" name="minutes">`);
			const $$body = escape_html(mt().minutes ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div> <!--[-->`);
			const each_array_2 = ensure_array_like([
				0,
				1,
				2
			]);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let i = each_array_2[$$index_2];
				$$renderer.push(`<fieldset><legend>${escape_html(meetings_photo_n({ n: i + 1 }))}</legend> <div${attr_class("field", void 0, { "has-error": !!errors()[`photos.${i}.url`] })}><label${attr("for", `photos.${stringify(i)}.url`)}>${escape_html(meetings_photo_url())}</label><input type="text"${attr("id", `photos.${stringify(i)}.url`)}${attr("name", `photo${stringify(i)}_url`)}${attr("value", mt().photos[i]?.url ?? "")}/></div> <div${attr_class("field", void 0, { "has-error": !!errors()[`photos.${i}.alt`] })}><label${attr("for", `photos.${stringify(i)}.alt`)}>${escape_html(meetings_photo_alt())}</label><input type="text"${attr("id", `photos.${stringify(i)}.alt`)}${attr("name", `photo${stringify(i)}_alt`)}${attr("value", mt().photos[i]?.alt ?? "")}/></div></fieldset>`);
			}
			$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(save())}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DLjxucOr.js.map
