import { aj as ensure_array_like, am as attr_class, ai as attr, al as stringify, ah as escape_html } from './server.js-DL9eFGXd.js';
import { d2 as anonymised_author, a2 as formatDate, d3 as comment_hidden_notice, d4 as reply, d5 as your_reply, d6 as send_reply, d7 as report_abuse, d8 as report_reason, d9 as send_report, da as no_comments } from './i18n.js-DrLrGNuv.js';

// src/lib/components/CommentThread.svelte
function CommentThread($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { comments, signedIn, targetType, targetId } = $$props;
		$$renderer.push(`<ul class="comments"><!--[-->`);
		const each_array = ensure_array_like(comments);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let c = each_array[$$index];
			$$renderer.push(`<li><article${attr_class("comment", void 0, { "hidden": c.hidden })}${attr("id", `comment-${stringify(c.id)}`)}${attr("aria-labelledby", `comment-${stringify(c.id)}-author`)}><p class="meta"><strong${attr("id", `comment-${stringify(c.id)}-author`)}>${escape_html(c.authorName ?? anonymised_author())}</strong> · <time${attr("datetime", new Date(c.createdAt).toISOString())}>${escape_html(formatDate(c.createdAt))}</time></p> `);
			if (c.hidden) {
				$$renderer.push(`<!--[0--><p class="notice warning">${escape_html(comment_hidden_notice())} <strong>${escape_html(c.hiddenReason)}</strong></p> `);
				if (c.body) $$renderer.push(`<!--[0--><p class="comment-body">${escape_html(c.body)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else {
				$$renderer.push(`<!--[-1--><p class="comment-body">${escape_html(c.body)}</p> `);
				if (signedIn) $$renderer.push(`<!--[0--><details><summary>${escape_html(reply())}</summary> <form method="POST" action="?/comment" class="stack"><input type="hidden" name="targetType"${attr("value", targetType)}/> <input type="hidden" name="targetId"${attr("value", targetId)}/> <input type="hidden" name="parentId"${attr("value", c.id)}/> <div class="field"><label${attr("for", `reply-${stringify(c.id)}`)}>${escape_html(your_reply())}</label> <textarea${attr("id", `reply-${stringify(c.id)}`)} name="body" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(send_reply())}</button></form></details> <details><summary>${escape_html(report_abuse())}</summary> <form method="POST" action="?/report" class="stack"><input type="hidden" name="commentId"${attr("value", c.id)}/> <div class="field"><label${attr("for", `report-${stringify(c.id)}`)}>${escape_html(report_reason())}</label> <textarea${attr("id", `report-${stringify(c.id)}`)} name="reason" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(send_report())}</button></form></details>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></article> `);
			if (c.replies.length) {
				$$renderer.push("<!--[0-->");
				CommentThread($$renderer, {
					comments: c.replies,
					signedIn,
					targetType,
					targetId
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul> `);
		if (!signedIn && comments.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(no_comments())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { CommentThread as C };
//# sourceMappingURL=CommentThread.js-DatBHpD5.js.map
