import { ak as head, ah as escape_html, ai as attr, al as stringify, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { A as AutoRefresh } from '../../../../../chunks/AutoRefresh.js-BTxTAaRB.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { nF as panels_draw_title, nG as panels_draw_intro, nH as panels_draw_not_yet, m7 as panels_draw_status, nI as panels_dstatus_queued, m8 as panels_draw_refresh, m9 as panels_reload, nJ as panels_draw_failed, nK as panels_commitment_title, nL as panels_commitment_text, a2 as formatDate, nM as panels_result_title, nN as panels_seed_revealed, m0 as panels_dice, mj as panels_chosen_index, nO as panels_chosen_rows, nP as panels_fairness_title, nQ as panels_fairness_text, ma as panels_min_probability, nm as panels_my_probability, lx as panels_row, nR as panels_m_panels_title, nS as panels_m_panels_text, nT as panels_draw_json, nU as panels_more_in_json, nV as panels_anon_pool_title, nW as panels_anon_pool_text, lB as panels_probability, nX as panels_in_panel, lX as panels_yes, nY as panels_verify_title, nZ as panels_verify_rule, n_ as panels_verify_nojs } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { e as drawStatusName, p as percent, f as featureName } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/client.js-lab_OOnt.js';
import '../../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/lib/panels/VerifyDraw.svelte
function VerifyDraw($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<section aria-labelledby="verify"><h2 id="verify">${escape_html(panels_verify_title())}</h2> <p>${escape_html(panels_verify_rule())}</p> `);
		$$renderer.push(`<!--[-1--><p class="hint">${escape_html(panels_verify_nojs())}</p>`);
		$$renderer.push(`<!--]--> <div aria-live="polite">`);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></section>`);
	});
}
// src/routes/panels/[slug]/draw/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const p = derived(() => data.panel);
		const d = derived(() => data.draw);
		const busy = derived(() => d()?.status === "queued" || d()?.status === "running");
		const chosen = derived(() => d() && d().chosenIndex !== null && d().panels ? new Set(d().panels[d().chosenIndex - 1]) : null);
		const shown = derived(() => d()?.panels ? d().panels.slice(0, 20) : []);
		const minP = derived(() => d()?.probabilities?.length ? Math.min(...d().probabilities) : null);
		head("dgfp5x", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_draw_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		AutoRefresh($$renderer, { active: busy() });
		$$renderer.push(`<!----> <h1>${escape_html(panels_draw_title())}: ${escape_html(p().title)}</h1> <p class="lead">${escape_html(panels_draw_intro())}</p> `);
		if (!d()) $$renderer.push(`<!--[0--><p>${escape_html(panels_draw_not_yet())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p>${escape_html(panels_draw_status())}: <strong>${escape_html(drawStatusName(d().status))}</strong></p> `);
			if (busy()) $$renderer.push(`<!--[0--><p><label for="progress">${escape_html(d().progress ?? panels_dstatus_queued())}</label><br/><progress id="progress" max="100"${attr("value", d().progressPct)} class="svelte-dgfp5x">${escape_html(d().progressPct)} %</progress></p> <p class="hint">${escape_html(panels_draw_refresh())} <a${attr("href", localizeHref(`/panels/${p().slug}/draw`))}>${escape_html(panels_reload())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().error) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(panels_draw_failed())}: ${escape_html(d().error)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().seedCommitment) {
				$$renderer.push(`<!--[0--><section aria-labelledby="commit"><h2 id="commit">${escape_html(panels_commitment_title())}</h2> <p>${escape_html(panels_commitment_text({ m: d().m ?? 0 }))}</p> <p>SHA-256: <code class="hash svelte-dgfp5x">${escape_html(d().seedCommitment)}</code>`);
				if (d().committedAt) $$renderer.push(`<!--[0-->(${escape_html(formatDate(d().committedAt))})`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().status === "drawn") {
				$$renderer.push(`<!--[0--><section aria-labelledby="result" class="notice"><h2 id="result">${escape_html(panels_result_title())}</h2> <p>${escape_html(panels_seed_revealed())}: <code class="hash svelte-dgfp5x">${escape_html(d().seed)}</code></p> `);
				if (d().dice) $$renderer.push(`<!--[0--><p>${escape_html(panels_dice())}: <code>${escape_html(d().dice)}</code></p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p>${escape_html(panels_chosen_index({
					index: d().chosenIndex ?? 0,
					m: d().m ?? 0
				}))}</p> <p>${escape_html(panels_chosen_rows())}: <span class="rows svelte-dgfp5x">${escape_html(d().panels?.[(d().chosenIndex ?? 1) - 1]?.join(", "))}</span></p></section> `);
				VerifyDraw($$renderer, {
					apiUrl: `/api/v1/panels/${p().id}/draw`,
					chosenIndex: d().chosenIndex ?? -1
				});
				$$renderer.push(`<!---->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().report && (d().status === "ready" || d().status === "committed" || d().status === "drawn")) {
				$$renderer.push(`<!--[0--><section aria-labelledby="fairness"><h2 id="fairness">${escape_html(panels_fairness_title())}</h2> <p>${escape_html(panels_fairness_text({ algorithm: d().algorithm }))}</p> `);
				if (minP() !== null) $$renderer.push(`<!--[0--><p>${escape_html(panels_min_probability())}: <strong>${escape_html(percent(minP(), 2))}</strong></p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (p().mine?.probability !== null && p().mine?.probability !== void 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(panels_my_probability())}: <strong>${escape_html(percent(p().mine.probability, 2))}</strong> (${escape_html(panels_row())} ${escape_html(p().mine.rowIndex)})</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().pool) {
				$$renderer.push(`<!--[0--><section aria-labelledby="panels"><h2 id="panels">${escape_html(panels_m_panels_title({ m: d().m ?? 0 }))}</h2> <p>${escape_html(panels_m_panels_text())} <a${attr("href", `/api/v1/panels/${stringify(p().id)}/draw`)}>${escape_html(panels_draw_json())}</a></p> <ol class="panel-list svelte-dgfp5x"><!--[-->`);
				const each_array = ensure_array_like(shown());
				for (let i = 0, $$length = each_array.length; i < $$length; i++) {
					let rows = each_array[i];
					$$renderer.push(`<li${attr_class("svelte-dgfp5x", void 0, { "chosen": d().chosenIndex === i + 1 })}>${escape_html(rows.join(", "))}</li>`);
				}
				$$renderer.push(`<!--]--></ol> `);
				if ((d().panels?.length ?? 0) > shown().length) $$renderer.push(`<!--[0--><p>${escape_html(panels_more_in_json({ n: (d().panels?.length ?? 0) - shown().length }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section> <section aria-labelledby="pool"><h2 id="pool">${escape_html(panels_anon_pool_title())}</h2> <p>${escape_html(panels_anon_pool_text())}</p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(panels_row())}</th><!--[-->`);
				const each_array_1 = ensure_array_like(d().pool.features);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let f = each_array_1[$$index_1];
					$$renderer.push(`<th scope="col">${escape_html(featureName(f))}</th>`);
				}
				$$renderer.push(`<!--]--><th scope="col">${escape_html(panels_probability())}</th>`);
				if (chosen()) $$renderer.push(`<!--[0--><th scope="col">${escape_html(panels_in_panel())}</th>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
				const each_array_2 = ensure_array_like(d().pool.rows);
				for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
					let row = each_array_2[i];
					$$renderer.push(`<tr><th scope="row">${escape_html(i)}</th><!--[-->`);
					const each_array_3 = ensure_array_like(row);
					for (let j = 0, $$length = each_array_3.length; j < $$length; j++) {
						let v = each_array_3[j];
						$$renderer.push(`<td>${escape_html(v)}</td>`);
					}
					$$renderer.push(`<!--]--><td>${escape_html(percent(d().probabilities?.[i], 2))}</td>`);
					if (chosen()) $$renderer.push(`<!--[0--><td>${escape_html(chosen().has(i) ? panels_yes() : "")}</td>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-dRX9Sdeu.js.map
