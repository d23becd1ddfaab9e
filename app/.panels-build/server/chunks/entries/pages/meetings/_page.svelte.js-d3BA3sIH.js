import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref, c as getLocale } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { E as meetings_title, mx as meetings_lead, my as meetings_feed, mz as meetings_upcoming, fq as meetings_none, mA as meetings_past, jo as meetings_seats, jp as meetings_registered_n, jq as meetings_waiting_n } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { d as dateTime, m as meetingFormatName } from '../../../chunks/util.js-DsvsUjlA.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/meetings/+page.svelte
function list($$renderer, items) {
	$$renderer.push(`<ul class="cards"><!--[-->`);
	const each_array = ensure_array_like(items);
	for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
		let mt = each_array[$$index];
		$$renderer.push(`<li class="card"><h3><a${attr("href", localizeHref(`/meetings/${mt.id}`))}>${escape_html(mt.title)}</a></h3> <p class="meta">${escape_html(dateTime(mt.startsAt, getLocale()))} · <span class="tag">${escape_html(meetingFormatName(mt.format))}</span>`);
		if (mt.place) $$renderer.push(`<!--[0-->${escape_html(mt.place)}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (mt.processTitle) $$renderer.push(`<!--[0--><p>${escape_html(mt.processTitle)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p>${escape_html(mt.capacity ? meetings_seats({
			registered: mt.registered,
			capacity: mt.capacity
		}) : meetings_registered_n({ n: mt.registered }))}`);
		if (mt.waiting) $$renderer.push(`<!--[0-->· ${escape_html(meetings_waiting_n({ n: mt.waiting }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></li>`);
	}
	$$renderer.push(`<!--]--></ul>`);
}
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1vf7gdz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(meetings_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(meetings_title())}</h1> <p class="lead">${escape_html(meetings_lead())}</p> <p><a href="/api/v1/meetings.ics">${escape_html(meetings_feed())}</a> · <a href="/api/v1/meetings">JSON</a> · <a href="/api/v1/meetings.csv">CSV</a></p> <section aria-labelledby="upcoming-h"><h2 id="upcoming-h">${escape_html(meetings_upcoming())}</h2> `);
		if (data.upcoming.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_none())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			list($$renderer, data.upcoming);
		}
		$$renderer.push(`<!--]--></section> <section aria-labelledby="past-h"><h2 id="past-h">${escape_html(meetings_past())}</h2> `);
		if (data.past.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_none())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			list($$renderer, data.past);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-d3BA3sIH.js.map
