import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { f1 as consultations_nav_answers, fx as consultations_answers_lead, f5 as consultations_answered_count, fw as consultations_themes, fy as consultations_no_themes, fz as consultations_submissions_n, fA as consultations_all_submissions, fB as consultations_no_submissions, a2 as formatDate, eQ as topicName, fC as consultations_yours, fD as consultations_city_answer, fE as consultations_theme, fF as consultations_answer_pending, fG as consultations_kind_comment, fH as consultations_kind_pin, fI as consultations_kind_session } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { C as ConsultationNav } from '../../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { c as answerStatusName } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/consultations/[slug]/answers/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const themes = derived(() => data.answers.themes);
		const subs = derived(() => data.answers.submissions);
		const kindName = (k) => k === "comment" ? consultations_kind_comment() : k === "pin" ? consultations_kind_pin() : consultations_kind_session();
		const themeOf = (id) => themes().find((t) => t.id === id);
		head("14bdlwn", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_nav_answers())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> <h1>${escape_html(consultations_nav_answers())}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: c().settings.forms,
			current: "answers",
			reportPublished: !!c().settings.reportPublishedAt
		});
		$$renderer.push(`<!----> <p class="lead">${escape_html(consultations_answers_lead())}</p> <p class="notice" role="status">${escape_html(consultations_answered_count({
			answered: c().answered.answered,
			total: c().answered.total
		}))}</p> <section aria-labelledby="themes"><h2 id="themes">${escape_html(consultations_themes())}</h2> `);
		if (themes().length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_themes())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(themes());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let t = each_array[$$index];
			$$renderer.push(`<article class="theme svelte-14bdlwn"${attr("aria-labelledby", `theme-${stringify(t.id)}`)}><h3${attr("id", `theme-${stringify(t.id)}`)}>${escape_html(t.title)}</h3> <p class="meta">${escape_html(consultations_submissions_n({ n: t.count }))}</p> <p><strong>${escape_html(answerStatusName(t.status))}</strong>`);
			if (t.reason) $$renderer.push(`<!--[0-->: ${escape_html(t.reason)}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p></article>`);
		}
		$$renderer.push(`<!--]--></section> <section aria-labelledby="all-subs"><h2 id="all-subs">${escape_html(consultations_all_submissions())}</h2> `);
		if (subs().length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_submissions())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="comments"><!--[-->`);
		const each_array_1 = ensure_array_like(subs());
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let s = each_array_1[$$index_1];
			const t = themeOf(s.themeId);
			$$renderer.push(`<li><article class="comment"${attr("aria-label", `${stringify(kindName(s.kind))} ${stringify(formatDate(s.createdAt))}`)}><p class="meta"><span class="tag">${escape_html(kindName(s.kind))}</span> ${escape_html(s.context)}`);
			if (s.topic) $$renderer.push(`<!--[0-->· ${escape_html(topicName(s.topic))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> · ${escape_html(formatDate(s.createdAt))}`);
			if (s.mine) $$renderer.push(`<!--[0-->· <strong>${escape_html(consultations_yours())}</strong>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> <p class="comment-body">${escape_html(s.text)}</p> <p class="answer svelte-14bdlwn"><strong>${escape_html(consultations_city_answer())}:</strong> `);
			if (s.status) $$renderer.push(`<!--[0-->${escape_html(answerStatusName(s.status))} — ${escape_html(s.reason)}`);
			else if (t?.status) $$renderer.push(`<!--[1-->${escape_html(answerStatusName(t.status))} (${escape_html(consultations_theme())}: ${escape_html(t.title)}) — ${escape_html(t.reason)}`);
			else $$renderer.push(`<!--[-1-->${escape_html(consultations_answer_pending())}`);
			$$renderer.push(`<!--]--></p></article></li>`);
		}
		$$renderer.push(`<!--]--></ul></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CBxdXZln.js.map
