import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { Q as panels_mtab_followup, hY as saved, lc as panels_monitoring_title, ld as panels_f_update, le as panels_f_status, lf as panels_f_deadline, lg as panels_f_department, lh as panels_response_title, li as panels_binding, lj as panels_change_response, lk as panels_write_response, ll as panels_save_response, lm as panels_add_update, ln as panels_no_voted, lo as panels_monitors_intro, lp as panels_choose_monitors, lq as panels_appoint, lr as panels_no_panelists } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { r as recStatusName, d as responseStatusName, a as pErr, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/panels/[slug]/followup/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const errors = derived(() => failed()?.fields ?? {});
		const fv = derived(() => failed()?.values ?? {});
		const statuses = [
			"accepted",
			"in_progress",
			"done",
			"rejected"
		];
		const day = (d) => d ? new Date(d).toISOString().slice(0, 10) : "";
		const panelists = derived(() => data.members.filter((x) => x.role === "panelist"));
		const monitors = derived(() => new Set(data.members.filter((x) => x.role === "monitor" && x.active).map((x) => x.userId)));
		head("xmyuit", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_mtab_followup())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_mtab_followup())}</h1> `);
		if (form && !failed()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				response: panels_response_title(),
				department: panels_f_department(),
				deadline: panels_f_deadline(),
				status: panels_f_status(),
				body: panels_f_update(),
				members: panels_monitoring_title()
			}
		});
		$$renderer.push(`<!----> `);
		const each_array = ensure_array_like(data.recommendations);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_2 = 0, $$length = each_array.length; $$index_2 < $$length; $$index_2++) {
				let r = each_array[$$index_2];
				const mine = fv().recommendationId === r.id;
				$$renderer.push(`<section class="card"${attr("aria-labelledby", `rec-${stringify(r.number)}`)}><h2${attr("id", `rec-${stringify(r.number)}`)}>${escape_html(r.number)}. ${escape_html(r.title)}</h2> <p class="meta"><span class="tag">${escape_html(recStatusName(r.status))}</span>`);
				if (r.binding) $$renderer.push(`<!--[0--><span class="tag">${escape_html(panels_binding())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> ${escape_html(r.votesFor)}/${escape_html(r.votesAgainst)}/${escape_html(r.votesAbstain)}`);
				if (r.response) $$renderer.push(`<!--[0-->· ${escape_html(responseStatusName(r.response.status))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> <details${attr("open", !r.response || mine && !!failed(), true)}><summary>${escape_html(r.response ? panels_change_response() : panels_write_response())}</summary> <form method="POST" action="?/respond" class="stack" novalidate=""><input type="hidden" name="recommendationId"${attr("value", r.id)}/> <div${attr_class("field", void 0, { "has-error": mine && !!errors().response })}><label${attr("for", `response-${stringify(r.number)}`)}>${escape_html(panels_response_title())}</label>`);
				if (mine && errors().response) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(errors().response))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--><textarea${attr("id", `response-${stringify(r.number)}`)} name="response" required="">`);
				const $$body = escape_html(mine ? fv().response ?? "" : r.response?.response ?? "");
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea></div> <div${attr_class("field", void 0, { "has-error": mine && !!errors().department })}><label${attr("for", `department-${stringify(r.number)}`)}>${escape_html(panels_f_department())}</label>`);
				if (mine && errors().department) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(errors().department))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--><input${attr("id", `department-${stringify(r.number)}`)} name="department"${attr("value", mine ? fv().department ?? "" : r.response?.department ?? "")} required=""/></div> <div${attr_class("field", void 0, { "has-error": mine && !!errors().deadline })}><label${attr("for", `deadline-${stringify(r.number)}`)}>${escape_html(panels_f_deadline())}</label>`);
				if (mine && errors().deadline) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(errors().deadline))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--><input${attr("id", `deadline-${stringify(r.number)}`)} name="deadline" type="date"${attr("value", mine ? fv().deadline ?? "" : day(r.response?.deadline ?? null))}/></div> <div class="field"><label${attr("for", `status-${stringify(r.number)}`)}>${escape_html(panels_f_status())}</label><select${attr("id", `status-${stringify(r.number)}`)} name="status"><!--[-->`);
				const each_array_1 = ensure_array_like(statuses);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let s = each_array_1[$$index];
					$$renderer.option({
						value: s,
						selected: (r.response?.status ?? "accepted") === s
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(responseStatusName(s))}`);
					});
				}
				$$renderer.push(`<!--]--></select></div> <button class="primary" type="submit">${escape_html(panels_save_response())}</button></form></details> `);
				if (r.response) {
					$$renderer.push(`<!--[0--><details><summary>${escape_html(panels_add_update())}</summary> <form method="POST" action="?/update" class="stack" novalidate=""><input type="hidden" name="recommendationId"${attr("value", r.id)}/> <div class="field"><label${attr("for", `ustatus-${stringify(r.number)}`)}>${escape_html(panels_f_status())}</label><select${attr("id", `ustatus-${stringify(r.number)}`)} name="status"><!--[-->`);
					const each_array_2 = ensure_array_like(statuses);
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let s = each_array_2[$$index_1];
						$$renderer.option({
							value: s,
							selected: r.response.status === s
						}, ($$renderer) => {
							$$renderer.push(`${escape_html(responseStatusName(s))}`);
						});
					}
					$$renderer.push(`<!--]--></select></div> <div class="field"><label${attr("for", `ubody-${stringify(r.number)}`)}>${escape_html(panels_f_update())}</label><textarea${attr("id", `ubody-${stringify(r.number)}`)} name="body" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(panels_add_update())}</button></form></details>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section>`);
			}
		} else $$renderer.push(`<!--[!--><p>${escape_html(panels_no_voted())}</p>`);
		$$renderer.push(`<!--]--> <section aria-labelledby="mon-h"><h2 id="mon-h">${escape_html(panels_monitoring_title())}</h2> <p>${escape_html(panels_monitors_intro())}</p> `);
		if (panelists().length) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/monitors" class="stack" novalidate=""><fieldset class="field svelte-xmyuit" id="members"><legend class="svelte-xmyuit">${escape_html(panels_choose_monitors())}</legend> <!--[-->`);
			const each_array_3 = ensure_array_like(panelists());
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let x = each_array_3[$$index_3];
				$$renderer.push(`<label class="choice svelte-xmyuit"><input type="checkbox" name="userIds"${attr("value", x.userId)}${attr("checked", monitors().has(x.userId), true)}/> ${escape_html(x.name)}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> <button class="secondary" type="submit">${escape_html(panels_appoint())}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_no_panelists())}</p>`);
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Bs-vFGbd.js.map
