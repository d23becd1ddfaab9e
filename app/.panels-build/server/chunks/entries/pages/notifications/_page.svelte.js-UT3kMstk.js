import { ak as head, ah as escape_html, aj as ensure_array_like } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as nav_notifications, n8 as no_notifications, a2 as formatDate, u as unread, n9 as mark_all_read, na as notification_comment_hidden } from '../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/notifications/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const text = (n) => n.kind === "comment_hidden" ? notification_comment_hidden({ reason: n.payload.reason ?? "" }) : n.kind;
		head("1ce0uvz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_notifications())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(nav_notifications())}</h1> `);
		if (data.notifications.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(no_notifications())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="comments"><!--[-->`);
		const each_array = ensure_array_like(data.notifications);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let n = each_array[$$index];
			$$renderer.push(`<li class="comment"><p class="meta">${escape_html(formatDate(n.createdAt))}`);
			if (!n.readAt) $$renderer.push(`<!--[0-->· <strong>${escape_html(unread())}</strong>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p><p>${escape_html(text(n))}</p></li>`);
		}
		$$renderer.push(`<!--]--></ul> `);
		if (data.notifications.some((n) => !n.readAt)) $$renderer.push(`<!--[0--><form method="POST" action="?/read"><button class="secondary" type="submit">${escape_html(mark_all_read())}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-UT3kMstk.js.map
