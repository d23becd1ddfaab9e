import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as AutoRefresh } from '../../../../../../chunks/AutoRefresh.js-BTxTAaRB.js';
import { O as panels_mtab_selection, hY as saved, m0 as panels_dice, m1 as panels_f_m, m2 as panels_step_freeze, m3 as panels_pool_frozen, aa as formatNumber, m4 as panels_freeze_intro, m5 as panels_freeze, m6 as panels_step_compute, m7 as panels_draw_status, m8 as panels_draw_refresh, m9 as panels_reload, ma as panels_min_probability, mb as panels_relaxation, mc as panels_f_m_hint, md as panels_recompute, me as panels_compute, mf as panels_step_commit, mg as panels_commit_intro, mh as panels_commit, mi as panels_step_draw, mj as panels_chosen_index, mk as panels_draw_intro_official, ml as panels_dice_hint, mm as panels_hold_draw, mn as panels_public_draw_page } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { e as drawStatusName, p as percent, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/client.js-lab_OOnt.js';
import '../../../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/panels/[slug]/selection/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const j = derived(() => data.job);
		const d = derived(() => data.draw);
		const busy = derived(() => j()?.status === "queued" || j()?.status === "running");
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const errors = derived(() => failed()?.fields ?? {});
		const report = derived(() => j()?.report ?? {});
		head("1qrq4ad", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_mtab_selection())} — ${escape_html(p().title)}</title>`);
			});
		});
		AutoRefresh($$renderer, { active: busy() });
		$$renderer.push(`<!----> <h1>${escape_html(panels_mtab_selection())}</h1> `);
		if (form && !failed()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				m: panels_f_m(),
				dice: panels_dice()
			}
		});
		$$renderer.push(`<!----> <ol class="phases"><li><h2>${escape_html(panels_step_freeze())}</h2> `);
		if (p().poolFrozenAt) $$renderer.push(`<!--[0--><p>${escape_html(panels_pool_frozen({ n: formatNumber(p().counts.registered) }))}</p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(panels_freeze_intro({
			n: formatNumber(p().counts.registered),
			size: p().size
		}))}</p> <form method="POST" action="?/freeze" novalidate=""><button class="primary" type="submit">${escape_html(panels_freeze())}</button></form>`);
		$$renderer.push(`<!--]--></li> <li><h2>${escape_html(panels_step_compute())}</h2> `);
		if (j()) {
			$$renderer.push(`<!--[0--><p>${escape_html(panels_draw_status())}: <strong>${escape_html(drawStatusName(j().status))}</strong></p> `);
			if (busy()) $$renderer.push(`<!--[0--><p><label for="progress">${escape_html(j().progress ?? "")}</label><br/><progress id="progress" max="100"${attr("value", j().progressPct)} class="svelte-1qrq4ad">${escape_html(j().progressPct)} %</progress></p> <p class="hint">${escape_html(panels_draw_refresh())} <a${attr("href", localizeHref(`/manage/panels/${p().slug}/selection`))}>${escape_html(panels_reload())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (j().error) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(j().error)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d()?.probabilities?.length) $$renderer.push(`<!--[0--><p>${escape_html(panels_min_probability())}: <strong>${escape_html(percent(Math.min(...d().probabilities), 2))}</strong>; m = ${escape_html(d().m)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (Array.isArray(report().relaxation) && report().relaxation.length) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(panels_relaxation())}: ${escape_html(JSON.stringify(report().relaxation))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().poolFrozenAt && (!j() || j().status === "failed" || j().status === "ready")) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/start" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "m",
				type: "number",
				inputmode: "numeric",
				label: panels_f_m(),
				hint: panels_f_m_hint(),
				value: "1000",
				error: errors().m ?? "",
				min: 10,
				max: 1e5
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(j() ? panels_recompute() : panels_compute())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></li> <li><h2>${escape_html(panels_step_commit())}</h2> `);
		if (d()?.seedCommitment) $$renderer.push(`<!--[0--><p>SHA-256: <code class="hash svelte-1qrq4ad">${escape_html(d().seedCommitment)}</code></p>`);
		else if (j()?.status === "ready") $$renderer.push(`<!--[1--><p>${escape_html(panels_commit_intro())}</p> <form method="POST" action="?/commit" novalidate=""><button class="primary" type="submit">${escape_html(panels_commit())}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></li> <li><h2>${escape_html(panels_step_draw())}</h2> `);
		if (d()?.status === "drawn") $$renderer.push(`<!--[0--><p>${escape_html(panels_chosen_index({
			index: d().chosenIndex ?? 0,
			m: d().m ?? 0
		}))}</p>`);
		else if (d()?.status === "committed") {
			$$renderer.push(`<!--[1--><p>${escape_html(panels_draw_intro_official())}</p> <form method="POST" action="?/draw" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "dice",
				label: panels_dice(),
				hint: panels_dice_hint(),
				error: errors().dice ?? "",
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_hold_draw())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a${attr("href", localizeHref(`/panels/${p().slug}/draw`))}>${escape_html(panels_public_draw_page())}</a></p></li></ol>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CInuTEPL.js.map
