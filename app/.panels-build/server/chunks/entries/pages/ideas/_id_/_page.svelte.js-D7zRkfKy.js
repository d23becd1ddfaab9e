import { ak as head, ah as escape_html, ai as attr, am as attr_class, ap as clsx$1, aj as ensure_array_like, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { hL as ideas_created, hM as ideas_created_text, hC as ideas_title, eQ as topicName, d2 as anonymised_author, a2 as formatDate, hN as ideas_location, hO as ideas_support_title, hJ as ideas_supports_n, hP as ideas_supported, hQ as ideas_unsupported, hR as ideas_withdraw_support, hS as ideas_support, hT as ideas_own, hU as ideas_signin_to_support, hV as ideas_city_response, hW as ideas_linked_process, hX as ideas_no_response, hY as saved, hZ as ideas_response, c4 as status, h_ as ideas_response_kind, _ as _index_exports, h$ as ideas_send_response, dH as discussion, dI as comment_added, fL as report_sent, dJ as your_comment, dK as send_comment, dL as signin_to_comment } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { C as CommentThread } from '../../../../chunks/CommentThread.js-DatBHpD5.js';
import { i as ideaStatusName, l as localized } from '../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/ideas/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const i = derived(() => data.idea);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		head("yh0hkb", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(i().title)} — Decydujemy</title>`);
			});
		});
		if (data.created) $$renderer.push(`<!--[0--><div class="confirm svelte-yh0hkb" role="status"><h2 class="svelte-yh0hkb">${escape_html(ideas_created())}</h2><p>${escape_html(ideas_created_text())}</p></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="meta"><a${attr("href", localizeHref("/ideas"))}>${escape_html(ideas_title())}</a></p> <h1>${escape_html(i().title)}</h1> <p class="meta"><span class="tag">${escape_html(topicName(i().topic))}</span> <span class="tag">${escape_html(ideaStatusName(i().status))}</span> ${escape_html(i().authorName ?? anonymised_author())} · ${escape_html(formatDate(i().createdAt))}</p> `);
		if (i().location || i().lat) {
			$$renderer.push(`<!--[0--><p>${escape_html(ideas_location())}: ${escape_html(i().location)}`);
			if (i().lat) $$renderer.push(`<!--[0-->(${escape_html(i().lat)}, ${escape_html(i().lon)})`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="pre svelte-yh0hkb">${escape_html(i().description)}</p> <section aria-labelledby="support-h"><h2 id="support-h">${escape_html(ideas_support_title())}</h2> <p>${escape_html(ideas_supports_n({ n: i().supports }))}</p> `);
		if (form && "supported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(form.supported ? ideas_supported() : ideas_unsupported())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (i().canSupport) $$renderer.push(`<!--[0--><form method="POST" action="?/support"><input type="hidden" name="on"${attr("value", i().supported ? "false" : "true")}/><button${attr_class(clsx$1(i().supported ? "secondary" : "primary"))} type="submit">${escape_html(i().supported ? ideas_withdraw_support() : ideas_support())}</button></form>`);
		else if (i().isAuthor) $$renderer.push(`<!--[1--><p class="hint">${escape_html(ideas_own())}</p>`);
		else if (!data.user) $$renderer.push(`<!--[2--><p><a${attr("href", localizeHref(`/signin?next=/ideas/${i().id}`))}>${escape_html(ideas_signin_to_support())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="response-h"><h2 id="response-h">${escape_html(ideas_city_response())}</h2> `);
		if (i().response) {
			$$renderer.push(`<!--[0--><p class="answer svelte-yh0hkb"><strong>${escape_html(ideaStatusName(i().status))}:</strong> ${escape_html(i().response)}</p>`);
			if (i().linkedSlug) $$renderer.push(`<!--[0--><p><a${attr("href", localizeHref(`/processes/${i().linkedSlug}`))}>${escape_html(ideas_linked_process())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(ideas_no_response())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (i().canRespond) {
			$$renderer.push("<!--[0-->");
			if (form && "responded" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			ErrorSummary($$renderer, {
				form: f(),
				labels: {
					status: status(),
					response: ideas_response()
				}
			});
			$$renderer.push(`<!----> <form method="POST" action="?/respond" class="stack" novalidate=""><fieldset${attr_class("field", void 0, { "has-error": !!errors().status })}><legend>${escape_html(ideas_response_kind())}</legend> `);
			if (errors().status) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().status)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array = ensure_array_like(data.statuses);
			for (let k = 0, $$length = each_array.length; k < $$length; k++) {
				let s = each_array[k];
				$$renderer.push(`<label class="choice svelte-yh0hkb"><input type="radio"${attr("id", k === 0 ? "status" : `status-${s}`)} name="status"${attr("value", s)}${attr("checked", i().status === s, true)}/> ${escape_html(_index_exports[`ideas_respond_${s}`]())}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> <div${attr_class("field", void 0, { "has-error": !!errors().response })}><label for="response">${escape_html(ideas_response())}</label> `);
			if (errors().response) $$renderer.push(`<!--[0--><p class="error" id="response-error">${escape_html(errors().response)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <textarea id="response" name="response"${attr("aria-describedby", errors().response ? "response-error" : void 0)}>`);
			const $$body = escape_html(i().response ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div> <button class="primary" type="submit">${escape_html(ideas_send_response())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="discussion"><h2 id="discussion">${escape_html(discussion())}</h2> `);
		if (form && "commented" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "reported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(report_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		CommentThread($$renderer, {
			comments: data.comments,
			signedIn: data.canComment,
			targetType: "idea",
			targetId: i().id
		});
		$$renderer.push(`<!----> `);
		if (data.canComment) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/comment" class="stack"><div${attr_class("field", void 0, { "has-error": !!errors().body })}><label for="body">${escape_html(your_comment())}</label> `);
			if (errors().body) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().body)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <textarea id="body" name="body" required=""></textarea></div> <button class="primary" type="submit">${escape_html(send_comment())}</button></form>`);
		} else if (!data.user) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=/ideas/${i().id}`))}>${escape_html(signin_to_comment())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D7zRkfKy.js.map
