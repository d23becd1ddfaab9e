import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify } from '../../../../chunks/server.js-DL9eFGXd.js';
import { aV as outbox_title, bg as outbox_smtp_on, bh as outbox_smtp_off, bi as to, a2 as formatDate, bj as sent } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/admin/outbox/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("shv0sq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(outbox_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(outbox_title())}</h1> <p>${escape_html(data.smtp ? outbox_smtp_on() : outbox_smtp_off())}</p> <!--[-->`);
		const each_array = ensure_array_like(data.mails);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let mail = each_array[$$index];
			$$renderer.push(`<article class="comment"${attr("aria-labelledby", `mail-${stringify(mail.id)}`)}><h2${attr("id", `mail-${stringify(mail.id)}`)} class="meta">${escape_html(mail.subject)}</h2> <p class="meta">${escape_html(to())}: ${escape_html(mail.to)} · ${escape_html(formatDate(mail.createdAt))}`);
			if (mail.sentAt) $$renderer.push(`<!--[0-->· ${escape_html(sent())}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
			if (mail.error) $$renderer.push(`<!--[0-->· ${escape_html(mail.error)}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> <pre class="mail">${escape_html(mail.text)}</pre></article>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BidvSRTw.js.map
