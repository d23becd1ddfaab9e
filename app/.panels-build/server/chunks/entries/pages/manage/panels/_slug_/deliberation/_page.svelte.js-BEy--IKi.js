import { ak as head, ah as escape_html, am as attr_class, aj as ensure_array_like, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { P as panels_mtab_deliberation, hY as saved, kl as panels_f_threshold, kW as panels_f_recs, kX as panels_f_session, kY as panels_f_url, kZ as panels_f_title, k_ as panels_f_starts, k$ as panels_f_kind, l0 as panels_voting_title, l1 as panels_round_open, l2 as panels_close_round, l3 as panels_f_allow_abstain, l4 as panels_open_round, l5 as panels_no_drafts, l6 as panels_sessions_title, l7 as panels_sessions_note, a2 as formatDate, l8 as panels_add_session, l9 as panels_f_place, bp as description, la as panels_add_material, lb as panels_f_speaker } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { a as pErr, r as recStatusName, c as sessionKindName, m as materialKindName, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/panels/[slug]/deliberation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const errors = derived(() => failed()?.fields ?? {});
		const drafts = derived(() => data.recommendations.filter((r) => r.status === "draft"));
		head("vsjqp7", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_mtab_deliberation())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_mtab_deliberation())}</h1> `);
		if (form && !failed()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				kind: panels_f_kind(),
				title: panels_f_title(),
				startsAt: panels_f_starts(),
				mtitle: panels_f_title(),
				url: panels_f_url(),
				sessionId: panels_f_session(),
				recommendationIds: panels_f_recs(),
				thresholdPct: panels_f_threshold()
			}
		});
		$$renderer.push(`<!----> <section aria-labelledby="vote-h"><h2 id="vote-h">${escape_html(panels_voting_title())}</h2> `);
		if (data.round) $$renderer.push(`<!--[0--><p>${escape_html(panels_round_open({
			n: data.round.number,
			pct: data.round.thresholdPct
		}))}</p> <form method="POST" action="?/close" novalidate=""><button class="primary" type="submit">${escape_html(panels_close_round())}</button></form>`);
		else if (drafts().length) {
			$$renderer.push(`<!--[1--><form method="POST" action="?/open" class="stack" novalidate=""><fieldset${attr_class("field svelte-vsjqp7", void 0, { "has-error": !!errors().recommendationIds })} id="recommendationIds"><legend class="svelte-vsjqp7">${escape_html(panels_f_recs())}</legend> `);
			if (errors().recommendationIds) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(errors().recommendationIds))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array = ensure_array_like(drafts());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let r = each_array[$$index];
				$$renderer.push(`<label class="choice svelte-vsjqp7"><input type="checkbox" name="recommendationIds"${attr("value", r.id)} checked=""/> ${escape_html(r.number)}. ${escape_html(r.title)}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> `);
			Field($$renderer, {
				name: "thresholdPct",
				type: "number",
				inputmode: "numeric",
				label: panels_f_threshold(),
				value: String(p().thresholdPct),
				error: errors().thresholdPct ?? "",
				min: 50,
				max: 100
			});
			$$renderer.push(`<!----> <label class="choice svelte-vsjqp7"><input type="checkbox" name="allowAbstain" value="on" checked=""/> ${escape_html(panels_f_allow_abstain())}</label> <button class="primary" type="submit">${escape_html(panels_open_round())}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_no_drafts())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.recommendations.length) {
			$$renderer.push(`<!--[0--><ul><!--[-->`);
			const each_array_1 = ensure_array_like(data.recommendations);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let r = each_array_1[$$index_1];
				$$renderer.push(`<li><a${attr("href", localizeHref(`/panels/${p().slug}/recommendations/${r.number}`))}>${escape_html(r.number)}. ${escape_html(r.title)}</a> — ${escape_html(recStatusName(r.status))}`);
				if (r.status === "passed" || r.status === "failed") $$renderer.push(`<!--[0-->(${escape_html(r.votesFor)}/${escape_html(r.votesAgainst)}/${escape_html(r.votesAbstain)})`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="sessions-h"><h2 id="sessions-h">${escape_html(panels_sessions_title())}</h2> <p class="hint">${escape_html(panels_sessions_note())}</p> <ul><!--[-->`);
		const each_array_2 = ensure_array_like(data.sessions);
		for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
			let s = each_array_2[$$index_3];
			$$renderer.push(`<li>${escape_html(formatDate(s.startsAt))} — <strong>${escape_html(s.title)}</strong> (${escape_html(sessionKindName(s.kind))})`);
			if (s.materials.length) {
				$$renderer.push(`<!--[0-->: <!--[-->`);
				const each_array_3 = ensure_array_like(s.materials);
				for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
					let mat = each_array_3[i];
					$$renderer.push(`<!---->${escape_html(i ? ", " : "")}<a${attr("href", mat.url)} rel="noopener noreferrer external">${escape_html(materialKindName(mat.kind))}: ${escape_html(mat.title)}</a>`);
				}
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul> <h3>${escape_html(panels_add_session())}</h3> <form method="POST" action="?/session" class="stack" novalidate=""><div class="field"><label for="kind">${escape_html(panels_f_kind())}</label><select id="kind" name="kind"><!--[-->`);
		const each_array_4 = ensure_array_like([
			"learning",
			"deliberation",
			"drafting",
			"voting",
			"monitoring"
		]);
		for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
			let k = each_array_4[$$index_4];
			$$renderer.option({ value: k }, ($$renderer) => {
				$$renderer.push(`${escape_html(sessionKindName(k))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "title",
			label: panels_f_title(),
			error: errors().title ?? "",
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "startsAt",
			type: "datetime-local",
			label: panels_f_starts(),
			error: errors().startsAt ?? "",
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "place",
			label: panels_f_place()
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "description",
			label: description(),
			multiline: true
		});
		$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(panels_add_session())}</button></form> `);
		if (data.sessions.length) {
			$$renderer.push(`<!--[0--><h3>${escape_html(panels_add_material())}</h3> <form method="POST" action="?/material" class="stack" novalidate=""><div class="field"><label for="sessionId">${escape_html(panels_f_session())}</label><select id="sessionId" name="sessionId"><!--[-->`);
			const each_array_5 = ensure_array_like(data.sessions);
			for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
				let s = each_array_5[$$index_5];
				$$renderer.option({ value: s.id }, ($$renderer) => {
					$$renderer.push(`${escape_html(s.title)}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <div class="field"><label for="mkind">${escape_html(panels_f_kind())}</label><select id="mkind" name="kind"><!--[-->`);
			const each_array_6 = ensure_array_like([
				"video",
				"slides",
				"document"
			]);
			for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
				let k = each_array_6[$$index_6];
				$$renderer.option({ value: k }, ($$renderer) => {
					$$renderer.push(`${escape_html(materialKindName(k))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> `);
			Field($$renderer, {
				name: "mtitle",
				label: panels_f_title(),
				error: errors().title ?? "",
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "speaker",
				label: panels_f_speaker()
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "url",
				type: "url",
				label: panels_f_url(),
				error: errors().url ?? "",
				required: true
			});
			$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(panels_add_material())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BEy--IKi.js.map
