import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as attr_class, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { Y as mechanismName, Z as status_closed, i9 as status_draft, $ as citywide, f3 as climate_topics, eQ as topicName, p5 as manage_process, p6 as budgets_process_link, p7 as consultations_process_link, p8 as panels_go_to_panel, a3 as outcome, f8 as scope_title, f9 as scope_decided, fa as not_stated, fb as scope_open, fc as scope_who, fd as scope_when, bN as phases, a2 as formatDate, a0 as current_phase, dH as discussion, fL as report_sent, dI as comment_added, d8 as report_reason, dJ as your_comment, p9 as comment_hint, dK as send_comment, i1 as verify_to_comment, dL as signin_to_comment } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { C as CommentThread } from '../../../../chunks/CommentThread.js-DatBHpD5.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/processes/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.process);
		const now = Date.now();
		head("1wspee0", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><span class="tag">${escape_html(mechanismName(p().mechanism))}</span>`);
		if (p().status === "closed") $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(status_closed())}</span>`);
		else if (p().status === "draft") $$renderer.push(`<!--[1--><span class="tag closed">${escape_html(status_draft())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> ${escape_html(data.districtName ?? citywide())}</p> <h1>${escape_html(p().title)}</h1> <p class="lead">${escape_html(p().description)}</p> `);
		if (p().topics.length) {
			$$renderer.push(`<!--[0--><p>${escape_html(climate_topics())}: <!--[-->`);
			const each_array = ensure_array_like(p().topics);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let t = each_array[$$index];
				$$renderer.push(`<span class="tag">${escape_html(topicName(t))}</span>`);
			}
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().canManage) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`/manage/processes/${p().slug}`))}>${escape_html(manage_process())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().mechanism === "budget") $$renderer.push(`<!--[0--><p class="notice"><a${attr("href", localizeHref(`/budgets/${p().slug}`))}>${escape_html(budgets_process_link())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().mechanism === "consultation") $$renderer.push(`<!--[0--><p class="notice"><a${attr("href", localizeHref(`/consultations/${p().slug}`))}>${escape_html(consultations_process_link())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().mechanism === "panel") $$renderer.push(`<!--[0--><p class="notice"><a${attr("href", localizeHref(`/panels/${p().slug}`))}>${escape_html(panels_go_to_panel())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().status === "closed" && p().outcome) $$renderer.push(`<!--[0--><section class="notice" aria-labelledby="outcome"><h2 id="outcome">${escape_html(outcome())}</h2><p>${escape_html(p().outcome)}</p></section>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="scope"><h2 id="scope">${escape_html(scope_title())}</h2> <dl class="scope"><div><dt>${escape_html(scope_decided())}</dt><dd>${escape_html(p().scopeDecided || not_stated())}</dd></div> <div><dt>${escape_html(scope_open())}</dt><dd>${escape_html(p().scopeOpen || not_stated())}</dd></div> <div><dt>${escape_html(scope_who())}</dt><dd>${escape_html(p().scopeWhoDecides || not_stated())}</dd></div> <div><dt>${escape_html(scope_when())}</dt><dd>${escape_html(p().scopeWhen || not_stated())}</dd></div></dl></section> `);
		if (p().phases.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="phases"><h2 id="phases">${escape_html(phases())}</h2> <ol class="phases"><!--[-->`);
			const each_array_1 = ensure_array_like(p().phases);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let ph = each_array_1[$$index_1];
				const current = new Date(ph.startsAt).getTime() <= now && now < new Date(ph.endsAt).getTime();
				$$renderer.push(`<li${attr("aria-current", current ? "step" : void 0)}${attr_class("", void 0, { "current": current })}><strong>${escape_html(ph.name)}</strong><br/>${escape_html(formatDate(ph.startsAt))} – ${escape_html(formatDate(ph.endsAt))}`);
				if (current) $$renderer.push(`<!--[0--><span class="visually-hidden">(${escape_html(current_phase())})</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="discussion"><h2 id="discussion">${escape_html(discussion())}</h2> `);
		if (form && "reported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(report_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "commented" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: form && "fields" in form ? form : null,
			labels: {
				body: your_comment(),
				reason: report_reason()
			}
		});
		$$renderer.push(`<!----> `);
		CommentThread($$renderer, {
			comments: data.comments,
			signedIn: data.canComment,
			targetType: "process",
			targetId: p().id
		});
		$$renderer.push(`<!----> `);
		if (data.canComment) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/comment" class="stack"><input type="hidden" name="targetType" value="process"/> <input type="hidden" name="targetId"${attr("value", p().id)}/> <div${attr_class("field", void 0, { "has-error": form && "fields" in form && form.fields?.body })}><label for="body">${escape_html(your_comment())}</label> <p class="hint" id="body-hint">${escape_html(comment_hint())}</p> <textarea id="body" name="body" required="" aria-describedby="body-hint">`);
			const $$body = escape_html(form && "values" in form ? form.values?.body ?? "" : "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div> <button class="primary" type="submit">${escape_html(send_comment())}</button></form>`);
		} else if (data.user) $$renderer.push(`<!--[1--><p>${escape_html(verify_to_comment())}</p>`);
		else $$renderer.push(`<!--[-1--><p><a${attr("href", localizeHref(`/signin?next=/processes/${p().slug}`))}>${escape_html(signin_to_comment())}</a></p>`);
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Noo5EHN_.js.map
