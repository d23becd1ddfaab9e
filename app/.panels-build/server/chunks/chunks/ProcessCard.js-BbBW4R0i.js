import { ah as escape_html, ai as attr, T as derived } from './server.js-DL9eFGXd.js';
import { l as localizeHref } from './runtime2.js-YLGUkCbP.js';
import { Y as mechanismName, Z as status_closed, $ as citywide, a0 as current_phase, a1 as until, a2 as formatDate, a3 as outcome } from './i18n.js-DrLrGNuv.js';

// src/lib/components/ProcessCard.svelte
function ProcessCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { process, districtName } = $$props;
		const last = derived(() => process.phases.at(-1));
		$$renderer.push(`<li class="card"><p class="meta"><span class="tag">${escape_html(mechanismName(process.mechanism))}</span>`);
		if (process.status === "closed") $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(status_closed())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <h3><a${attr("href", localizeHref(`/processes/${process.slug}`))}>${escape_html(process.title)}</a></h3> <p class="meta">${escape_html(districtName ?? citywide())}</p> `);
		if (process.currentPhase) {
			$$renderer.push(`<!--[0--><p class="meta">${escape_html(current_phase())}: <strong>${escape_html(process.currentPhase)}</strong>`);
			if (last()) $$renderer.push(`<!--[0-->· ${escape_html(until())} ${escape_html(formatDate(last().endsAt))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (process.status === "closed" && process.outcome) $$renderer.push(`<!--[0--><p class="meta">${escape_html(outcome())}: ${escape_html(process.outcome)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></li>`);
	});
}

export { ProcessCard as P };
//# sourceMappingURL=ProcessCard.js-BbBW4R0i.js.map
