import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { G as consultations_manage_answers, ja as consultations_manage_answers_lead, hY as saved, fw as consultations_themes, fz as consultations_submissions_n, fy as consultations_no_themes, jb as consultations_theme_title, jc as consultations_add_theme, fA as consultations_all_submissions, d2 as anonymised_author, eQ as topicName, a2 as formatDate, fE as consultations_theme, jd as consultations_no_theme, je as consultations_assign, fD as consultations_city_answer, jf as consultations_answer_directly, fB as consultations_no_submissions, gW as consultations_reason, jg as consultations_send_answer, fG as consultations_kind_comment, fH as consultations_kind_pin, fI as consultations_kind_session } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { c as answerStatusName, l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/consultations/[slug]/answers/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const STATUSES = [
			"accepted",
			"partly",
			"not_accepted"
		];
		const kindName = (k) => k === "comment" ? consultations_kind_comment() : k === "pin" ? consultations_kind_pin() : consultations_kind_session();
		const labels = derived(() => Object.fromEntries([
			...data.themes.flatMap((t) => [[`status-${t.id}`, `${t.title}: ${consultations_city_answer()}`], [`reason-${t.id}`, `${t.title}: ${consultations_reason()}`]]),
			...data.submissions.flatMap((s) => [[`status-${s.id}`, `${kindName(s.kind)}: ${consultations_city_answer()}`], [`reason-${s.id}`, `${kindName(s.kind)}: ${consultations_reason()}`]]),
			["title", consultations_theme_title()]
		]));
		function answerForm($$renderer, action, id, hidden, current, reason, title) {
			$$renderer.push(`<form method="POST"${attr("action", `?/${stringify(action)}`)} class="stack answer-form" novalidate=""><!--[-->`);
			const each_array = ensure_array_like(Object.entries(hidden));
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let [k, v] = each_array[$$index];
				$$renderer.push(`<input type="hidden"${attr("name", k)}${attr("value", v)}/>`);
			}
			$$renderer.push(`<!--]--> <fieldset${attr_class("field", void 0, { "has-error": !!errors()[`status-${id}`] })}><legend>${escape_html(consultations_city_answer())}<span class="visually-hidden">: ${escape_html(title)}</span></legend> `);
			if (errors()[`status-${id}`]) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors()[`status-${id}`])}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array_1 = ensure_array_like(STATUSES);
			for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
				let s = each_array_1[i];
				$$renderer.push(`<label class="choice svelte-l6yld1"><input type="radio"${attr("id", i === 0 ? `status-${id}` : `status-${id}-${s}`)} name="status"${attr("value", s)}${attr("checked", current === s, true)}/> ${escape_html(answerStatusName(s))}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> <div${attr_class("field", void 0, { "has-error": !!errors()[`reason-${id}`] })}><label${attr("for", `reason-${stringify(id)}`)}>${escape_html(consultations_reason())}<span class="visually-hidden">: ${escape_html(title)}</span></label> `);
			if (errors()[`reason-${id}`]) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors()[`reason-${id}`])}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <textarea${attr("id", `reason-${stringify(id)}`)} name="reason">`);
			const $$body = escape_html(reason ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div> <button class="primary" type="submit">${escape_html(consultations_send_answer())}<span class="visually-hidden">: ${escape_html(title)}</span></button></form>`);
		}
		head("l6yld1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_manage_answers())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_manage_answers())}</h1> <p>${escape_html(consultations_manage_answers_lead())}</p> `);
		if (form && ("answered" in form || "assigned" in form || "themeCreated" in form)) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: labels()
		});
		$$renderer.push(`<!----> <section aria-labelledby="themes-h"><h2 id="themes-h">${escape_html(consultations_themes())}</h2> `);
		const each_array_2 = ensure_array_like(data.themes);
		if (each_array_2.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let t = each_array_2[$$index_2];
				$$renderer.push(`<article class="theme svelte-l6yld1"${attr("aria-labelledby", `t-${stringify(t.id)}`)}><h3${attr("id", `t-${stringify(t.id)}`)}>${escape_html(t.title)} <span class="tag">${escape_html(answerStatusName(t.status))}</span></h3> <p class="meta">${escape_html(consultations_submissions_n({ n: t.count }))}</p> `);
				answerForm($$renderer, "answerTheme", t.id, { themeId: t.id }, t.status, t.reason, t.title);
				$$renderer.push(`<!----></article>`);
			}
		} else $$renderer.push(`<!--[!--><p>${escape_html(consultations_no_themes())}</p>`);
		$$renderer.push(`<!--]--> <form method="POST" action="?/theme" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!errors().title })}><label for="title">${escape_html(consultations_theme_title())}</label> `);
		if (errors().title) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().title)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <input type="text" id="title" name="title"/></div> <button class="secondary" type="submit">${escape_html(consultations_add_theme())}</button></form></section> <section aria-labelledby="subs-h"><h2 id="subs-h">${escape_html(consultations_all_submissions())} (${escape_html(data.submissions.length)})</h2> `);
		const each_array_3 = ensure_array_like(data.submissions);
		if (each_array_3.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_4 = 0, $$length = each_array_3.length; $$index_4 < $$length; $$index_4++) {
				let s = each_array_3[$$index_4];
				$$renderer.push(`<article class="submission svelte-l6yld1"${attr("aria-labelledby", `s-${stringify(s.id)}`)}><h3${attr("id", `s-${stringify(s.id)}`)} class="sub-h svelte-l6yld1"><span class="tag">${escape_html(kindName(s.kind))}</span> ${escape_html(s.authorName ?? anonymised_author())} · ${escape_html(s.context)}`);
				if (s.topic) $$renderer.push(`<!--[0-->· ${escape_html(topicName(s.topic))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> · ${escape_html(formatDate(s.createdAt))}</h3> <p class="comment-body">${escape_html(s.text)}</p> <form method="POST" action="?/assign" class="actions" novalidate=""><input type="hidden" name="kind"${attr("value", s.kind)}/> <input type="hidden" name="submissionId"${attr("value", s.id)}/> <div class="field"><label${attr("for", `theme-${stringify(s.id)}`)}>${escape_html(consultations_theme())}</label> <select${attr("id", `theme-${stringify(s.id)}`)} name="themeId">`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(consultations_no_theme())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_4 = ensure_array_like(data.themes);
				for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
					let t = each_array_4[$$index_3];
					$$renderer.option({
						value: t.id,
						selected: s.themeId === t.id
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(t.title)}`);
					});
				}
				$$renderer.push(`<!--]--></select></div> <button class="secondary" type="submit">${escape_html(consultations_assign())}</button></form> <details${attr("open", !!errors()[`status-${s.id}`] || !!errors()[`reason-${s.id}`], true)}><summary>${escape_html(s.status ? `${consultations_city_answer()}: ${answerStatusName(s.status)}` : consultations_answer_directly())}</summary> `);
				answerForm($$renderer, "answerSubmission", s.id, {
					kind: s.kind,
					submissionId: s.id
				}, s.status, s.reason, s.text.slice(0, 40));
				$$renderer.push(`<!----></details></article>`);
			}
		} else $$renderer.push(`<!--[!--><p>${escape_html(consultations_no_submissions())}</p>`);
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BlIsG4zN.js.map
