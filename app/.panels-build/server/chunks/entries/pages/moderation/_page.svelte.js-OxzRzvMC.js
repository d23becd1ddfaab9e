import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify } from '../../../chunks/server.js-DL9eFGXd.js';
import { m_ as moderation_title, m$ as comment_was_hidden, n0 as reports_dismissed, n1 as hide_reason, n2 as queue_empty, n3 as reported_comment, n4 as reports_count, n5 as hide_reason_hint, n6 as hide_comment, n7 as dismiss_reports, j as nav_moderation } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/moderation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("1cfidl9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_moderation())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(moderation_title())}</h1> `);
		if (form && "hidden" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_was_hidden())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "dismissed" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(reports_dismissed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: form && "fields" in form ? form : null,
			labels: { reason: hide_reason() }
		});
		$$renderer.push(`<!----> `);
		if (data.queue.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(queue_empty())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.queue);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let item = each_array[$$index];
			$$renderer.push(`<article class="comment"${attr("aria-labelledby", `q-${stringify(item.commentId)}`)}><h2${attr("id", `q-${stringify(item.commentId)}`)} class="visually-hidden">${escape_html(reported_comment())}</h2> <p class="comment-body">${escape_html(item.body)}</p> <p class="meta">${escape_html(reports_count({ count: item.reports }))}: ${escape_html(item.reasons.join(" · "))}</p> <form method="POST" action="?/hide" class="stack"><input type="hidden" name="commentId"${attr("value", item.commentId)}/> <div class="field"><label${attr("for", `reason-${stringify(item.commentId)}`)}>${escape_html(hide_reason())}</label> <p class="hint"${attr("id", `reason-hint-${stringify(item.commentId)}`)}>${escape_html(hide_reason_hint())}</p> <textarea${attr("id", `reason-${stringify(item.commentId)}`)} name="reason"${attr("aria-describedby", `reason-hint-${stringify(item.commentId)}`)} required=""></textarea></div> <div class="actions"><button class="danger" type="submit">${escape_html(hide_comment())}</button></div></form> <form method="POST" action="?/dismiss"><input type="hidden" name="commentId"${attr("value", item.commentId)}/><button class="secondary" type="submit">${escape_html(dismiss_reports())}</button></form></article>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-OxzRzvMC.js.map
