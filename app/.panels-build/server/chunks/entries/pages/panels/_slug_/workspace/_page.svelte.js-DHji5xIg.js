import { ak as head, ah as escape_html, aj as ensure_array_like, am as attr_class, ai as attr, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { oV as panels_workspace_title, oW as panels_workspace_intro, oX as panels_ballot_title, oY as panels_ballot_intro, oZ as panels_ballot_saved, o0 as panels_rec_short, o_ as panels_cast_ballot, o$ as panels_ballot_officials, p0 as panels_drafts_title, p1 as panels_drafted, l5 as panels_no_drafts, p2 as panels_new_draft, kZ as panels_f_title, o5 as panels_f_rec_body, o9 as panels_f_within_powers, oa as panels_save_draft, l6 as panels_sessions_title, a2 as formatDate, p3 as panels_no_sessions, nx as panels_submissions_title, d2 as anonymised_author, p4 as panels_no_submissions } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { a as pErr, i as choiceName, r as recStatusName, c as sessionKindName, m as materialKindName, b as pForm } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/workspace/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const err = (k) => failed()?.fields?.[k] ?? "";
		const val = (k) => failed() && "values" in failed() ? failed().values?.[k] ?? "" : "";
		const inRound = derived(() => data.round ? data.recommendations.filter((r) => data.round.recommendationIds.includes(r.id)) : []);
		const choices = derived(() => data.round?.allowAbstain ? [
			"support",
			"oppose",
			"abstain"
		] : ["support", "oppose"]);
		const labels = derived(() => ({
			title: panels_f_title(),
			body: panels_f_rec_body(),
			...Object.fromEntries(inRound().map((r) => [`choice_${r.id}`, `${panels_rec_short()} ${r.number}`]))
		}));
		head("13bgzw8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_workspace_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_workspace_title())}</h1> <p class="lead">${escape_html(panels_workspace_intro())}</p> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: labels()
		});
		$$renderer.push(`<!----> `);
		if (data.round) {
			$$renderer.push(`<!--[0--><section aria-labelledby="ballot" id="ballot-section"><h2 id="ballot">${escape_html(panels_ballot_title({ n: data.round.number }))}</h2> <p>${escape_html(panels_ballot_intro({ pct: data.round.thresholdPct }))}</p> `);
			if (data.voted) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_ballot_saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (p().isPanelist) {
				$$renderer.push(`<!--[0--><form method="POST" action="?/vote" class="stack" novalidate=""><!--[-->`);
				const each_array = ensure_array_like(inRound());
				for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
					let r = each_array[$$index_1];
					const e = err(`choice_${r.id}`);
					$$renderer.push(`<fieldset${attr_class("field svelte-13bgzw8", void 0, { "has-error": !!e })}${attr("id", `choice_${stringify(r.id)}`)}><legend class="svelte-13bgzw8">${escape_html(panels_rec_short())} ${escape_html(r.number)}: ${escape_html(r.title)}</legend> `);
					if (e) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(e))}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <!--[-->`);
					const each_array_1 = ensure_array_like(choices());
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let c = each_array_1[$$index];
						$$renderer.push(`<label class="choice svelte-13bgzw8"><input type="radio"${attr("name", `choice_${stringify(r.id)}`)}${attr("value", c)}${attr("checked", (val(`choice_${r.id}`) || data.ballot[r.id]) === c, true)}/> ${escape_html(choiceName(c))}</label>`);
					}
					$$renderer.push(`<!--]--></fieldset>`);
				}
				$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(panels_cast_ballot())}</button></form>`);
			} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_ballot_officials())}</p>`);
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="drafts"><h2 id="drafts">${escape_html(panels_drafts_title())}</h2> `);
		if (form && "drafted" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_drafted())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.recommendations.length) {
			$$renderer.push(`<!--[0--><ul><!--[-->`);
			const each_array_2 = ensure_array_like(data.recommendations);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let r = each_array_2[$$index_2];
				$$renderer.push(`<li><a${attr("href", localizeHref(`/panels/${p().slug}/recommendations/${r.number}`))}>${escape_html(panels_rec_short())} ${escape_html(r.number)}: ${escape_html(r.title)}</a> — ${escape_html(recStatusName(r.status))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_no_drafts())}</p>`);
		$$renderer.push(`<!--]--> <details${attr("open", !!failed() && !!(err("title") || err("body")), true)}><summary>${escape_html(panels_new_draft())}</summary> <form method="POST" action="?/draft" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "title",
			label: panels_f_title(),
			value: val("title"),
			error: err("title"),
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "body",
			label: panels_f_rec_body(),
			value: val("body"),
			error: err("body"),
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> <label class="choice svelte-13bgzw8"><input type="checkbox" name="withinCityPowers" value="on" checked=""/> ${escape_html(panels_f_within_powers())}</label> <button class="primary" type="submit">${escape_html(panels_save_draft())}</button></form></details></section> <section aria-labelledby="sessions"><h2 id="sessions">${escape_html(panels_sessions_title())}</h2> `);
		if (data.sessions.length) {
			$$renderer.push(`<!--[0--><ol class="phases"><!--[-->`);
			const each_array_3 = ensure_array_like(data.sessions);
			for (let $$index_4 = 0, $$length = each_array_3.length; $$index_4 < $$length; $$index_4++) {
				let s = each_array_3[$$index_4];
				$$renderer.push(`<li><strong>${escape_html(s.title)}</strong> (${escape_html(sessionKindName(s.kind))}) — <time${attr("datetime", new Date(s.startsAt).toISOString())}>${escape_html(formatDate(s.startsAt))}</time>`);
				if (s.place) $$renderer.push(`<!--[0-->, ${escape_html(s.place)}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (s.description) $$renderer.push(`<!--[0--><p>${escape_html(s.description)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (s.materials.length) {
					$$renderer.push(`<!--[0--><ul><!--[-->`);
					const each_array_4 = ensure_array_like(s.materials);
					for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
						let mat = each_array_4[$$index_3];
						$$renderer.push(`<li>${escape_html(materialKindName(mat.kind))}: <a${attr("href", mat.url)} rel="noopener noreferrer external">${escape_html(mat.title)}</a>`);
						if (mat.speaker) $$renderer.push(`<!--[0-->— ${escape_html(mat.speaker)}`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_no_sessions())}</p>`);
		$$renderer.push(`<!--]--></section> <section aria-labelledby="subs"><h2 id="subs">${escape_html(panels_submissions_title())}</h2> `);
		if (data.submissions.length) {
			$$renderer.push(`<!--[0--><ul class="comments"><!--[-->`);
			const each_array_5 = ensure_array_like(data.submissions);
			for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
				let s = each_array_5[$$index_5];
				$$renderer.push(`<li><article class="comment"><h3>${escape_html(s.title)}</h3><p class="meta">${escape_html(s.organisation ?? s.authorName ?? anonymised_author())} · ${escape_html(formatDate(s.createdAt))}</p><p class="comment-body">${escape_html(s.body)}</p></article></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(panels_no_submissions())}</p>`);
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DHji5xIg.js.map
