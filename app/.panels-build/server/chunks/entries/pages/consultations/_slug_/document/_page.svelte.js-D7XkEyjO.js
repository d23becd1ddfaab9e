import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, al as stringify, T as derived, am as attr_class } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { D as consultations_form_document, fJ as consultations_document_lead, dI as comment_added, fK as consultations_support_saved, fL as report_sent, d8 as report_reason, fM as consultations_not_open, dL as signin_to_comment, fN as consultations_paragraph_n, fO as consultations_comments_n, fP as consultations_comment_paragraph, dJ as your_comment, dK as send_comment, fQ as consultations_document_empty, d2 as anonymised_author, a2 as formatDate, fR as consultations_supports_n, d3 as comment_hidden_notice, fD as consultations_city_answer, fE as consultations_theme, fS as consultations_unsupport, fT as consultations_support, d4 as reply, d5 as your_reply, d6 as send_reply, d7 as report_abuse, d9 as send_report } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { C as ConsultationNav } from '../../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { l as localized, c as answerStatusName } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/document/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		function thread($$renderer, list, paragraphId) {
			$$renderer.push(`<ul class="comments"><!--[-->`);
			const each_array = ensure_array_like(list);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let cm = each_array[$$index];
				const sup = data.support[cm.id];
				const ans = data.answerOf[cm.id];
				$$renderer.push(`<li><article${attr_class("comment", void 0, { "hidden": cm.hidden })}${attr("id", `comment-${stringify(cm.id)}`)}${attr("aria-labelledby", `comment-${stringify(cm.id)}-author`)}><p class="meta"><strong${attr("id", `comment-${stringify(cm.id)}-author`)}>${escape_html(cm.authorName ?? anonymised_author())}</strong> · <time${attr("datetime", new Date(cm.createdAt).toISOString())}>${escape_html(formatDate(cm.createdAt))}</time> · <span class="supports">${escape_html(consultations_supports_n({ n: sup?.n ?? 0 }))}</span></p> `);
				if (cm.hidden) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(comment_hidden_notice())} <strong>${escape_html(cm.hiddenReason)}</strong></p>`);
				else {
					$$renderer.push(`<!--[-1--><p class="comment-body">${escape_html(cm.body)}</p> `);
					if (ans) {
						$$renderer.push(`<!--[0--><p class="answer svelte-5abhh1"><strong>${escape_html(consultations_city_answer())}: ${escape_html(answerStatusName(ans.status))}</strong>`);
						if (ans.theme) $$renderer.push(`<!--[0-->(${escape_html(consultations_theme())}: ${escape_html(ans.theme)})`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]-->. ${escape_html(ans.reason)}</p>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> `);
					if (data.canComment && c().open) {
						$$renderer.push(`<!--[0--><div class="actions">`);
						if (cm.authorId !== data.userId) $$renderer.push(`<!--[0--><form method="POST" action="?/support" class="inline-form"><input type="hidden" name="commentId"${attr("value", cm.id)}/> <input type="hidden" name="on"${attr("value", sup?.mine ? "false" : "true")}/> <button class="secondary" type="submit">${escape_html(sup?.mine ? consultations_unsupport() : consultations_support())}<span class="visually-hidden">— ${escape_html(cm.authorName ?? anonymised_author())}</span></button></form>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></div> <details><summary>${escape_html(reply())}</summary> <form method="POST" action="?/comment" class="stack"><input type="hidden" name="targetId"${attr("value", paragraphId)}/> <input type="hidden" name="parentId"${attr("value", cm.id)}/> <div class="field"><label${attr("for", `reply-${stringify(cm.id)}`)}>${escape_html(your_reply())}</label><textarea${attr("id", `reply-${stringify(cm.id)}`)} name="body" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(send_reply())}</button></form></details> <details><summary>${escape_html(report_abuse())}</summary> <form method="POST" action="?/report" class="stack"><input type="hidden" name="commentId"${attr("value", cm.id)}/> <div class="field"><label${attr("for", `report-${stringify(cm.id)}`)}>${escape_html(report_reason())}</label><textarea${attr("id", `report-${stringify(cm.id)}`)} name="reason" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(send_report())}</button></form></details>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></article> `);
				if (cm.replies.length) {
					$$renderer.push("<!--[0-->");
					thread($$renderer, cm.replies, paragraphId);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		head("5abhh1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_form_document())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> <h1>${escape_html(consultations_form_document())}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: c().settings.forms,
			current: "document",
			reportPublished: !!c().settings.reportPublishedAt
		});
		$$renderer.push(`<!----> <p class="lead">${escape_html(consultations_document_lead())}</p> `);
		if (form && "commented" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "supported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_support_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "reported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(report_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: { reason: report_reason() }
		});
		$$renderer.push(`<!----> `);
		if (!c().open) $$renderer.push(`<!--[0--><p class="notice">${escape_html(consultations_not_open())}</p>`);
		else if (!data.canComment) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=/consultations/${p().slug}/document`))}>${escape_html(signin_to_comment())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		const each_array_1 = ensure_array_like(data.paragraphs);
		if (each_array_1.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
				let para = each_array_1[i];
				$$renderer.push(`<section class="paragraph svelte-5abhh1"${attr("aria-labelledby", `para-${stringify(para.id)}`)}${attr("id", `p-${stringify(para.id)}`)}><h2${attr("id", `para-${stringify(para.id)}`)}>${escape_html(para.heading || consultations_paragraph_n({ n: i + 1 }))}</h2> <p class="para-body svelte-5abhh1">${escape_html(para.body)}</p> <h3 class="comments-heading svelte-5abhh1">${escape_html(consultations_comments_n({ n: para.comments.length }))}</h3> `);
				thread($$renderer, para.comments, para.id);
				$$renderer.push(`<!----> `);
				if (data.canComment && c().open) $$renderer.push(`<!--[0--><details${attr("open", !!f()?.fields?.[`body-${para.id}`], true)}><summary>${escape_html(consultations_comment_paragraph())}<span class="visually-hidden">${escape_html(para.heading || consultations_paragraph_n({ n: i + 1 }))}</span></summary> <form method="POST" action="?/comment" class="stack"><input type="hidden" name="targetId"${attr("value", para.id)}/> <div class="field"><label${attr("for", `body-${stringify(para.id)}`)}>${escape_html(your_comment())}</label><textarea${attr("id", `body-${stringify(para.id)}`)} name="body" required=""></textarea></div> <button class="primary" type="submit">${escape_html(send_comment())}</button></form></details>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section>`);
			}
		} else $$renderer.push(`<!--[!--><p>${escape_html(consultations_document_empty())}</p>`);
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D7XkEyjO.js.map
