import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { n$ as panels_back, o0 as panels_rec_short, li as panels_binding, o1 as panels_outside_powers, o2 as panels_votes_title, o3 as panels_votes_line, lh as panels_response_title, le as panels_f_status, lg as panels_f_department, lf as panels_f_deadline, a2 as formatDate, fa as not_stated, o4 as panels_updates_title, o5 as panels_f_rec_body, kZ as panels_f_title, o6 as panels_draft_saved, o7 as panels_edit_draft, o8 as panels_edit_hint, o9 as panels_f_within_powers, oa as panels_save_draft, ob as panels_history, oc as panels_version, d2 as anonymised_author, od as panels_discussion, dI as comment_added, dJ as your_comment, dK as send_comment } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { C as CommentThread } from '../../../../../../chunks/CommentThread.js-DatBHpD5.js';
import { r as recStatusName, d as responseStatusName, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/recommendations/[number]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const r = derived(() => data.rec);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const err = (k) => failed()?.fields?.[k] ?? "";
		const val = (k, d) => failed() && "values" in failed() ? failed().values?.[k] ?? d : d;
		head("2o68sl", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_rec_short())} ${escape_html(r().number)}: ${escape_html(r().title)} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<p><a${attr("href", localizeHref(data.insider ? `/panels/${p().slug}/workspace` : `/panels/${p().slug}/scorecard`))}>${escape_html(panels_back())}</a></p> <h1>${escape_html(panels_rec_short())} ${escape_html(r().number)}: ${escape_html(r().title)}</h1> <p class="meta"><span class="tag">${escape_html(recStatusName(r().status))}</span>`);
		if (r().binding) $$renderer.push(`<!--[0--><span class="tag">${escape_html(panels_binding())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
		if (!r().withinCityPowers) $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(panels_outside_powers())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <p class="comment-body">${escape_html(r().body)}</p> `);
		if (r().status === "passed" || r().status === "failed") $$renderer.push(`<!--[0--><section aria-labelledby="votes"><h2 id="votes">${escape_html(panels_votes_title())}</h2> <p>${escape_html(panels_votes_line({
			support: r().votesFor,
			oppose: r().votesAgainst,
			abstain: r().votesAbstain
		}))}</p></section>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (r().response) {
			$$renderer.push(`<!--[0--><section aria-labelledby="response"><h2 id="response">${escape_html(panels_response_title())}</h2> <dl class="scope"><div><dt>${escape_html(panels_f_status())}</dt><dd>${escape_html(responseStatusName(r().response.status))}</dd></div> <div><dt>${escape_html(panels_f_department())}</dt><dd>${escape_html(r().response.department)}</dd></div> <div><dt>${escape_html(panels_f_deadline())}</dt><dd>${escape_html(r().response.deadline ? formatDate(r().response.deadline) : not_stated())}</dd></div> <div><dt>${escape_html(panels_response_title())}</dt><dd class="comment-body">${escape_html(r().response.response)}</dd></div></dl> `);
			if (r().updates.length) {
				$$renderer.push(`<!--[0--><h3>${escape_html(panels_updates_title())}</h3> <ul><!--[-->`);
				const each_array = ensure_array_like(r().updates);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let u = each_array[$$index];
					$$renderer.push(`<li><time${attr("datetime", new Date(u.createdAt).toISOString())}>${escape_html(formatDate(u.createdAt))}</time> — ${escape_html(responseStatusName(u.status))}: ${escape_html(u.body)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.insider) {
			$$renderer.push("<!--[0-->");
			ErrorSummary($$renderer, {
				form: failed(),
				labels: {
					title: panels_f_title(),
					body: panels_f_rec_body()
				}
			});
			$$renderer.push(`<!----> `);
			if (form && "edited" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_draft_saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (r().status === "draft") {
				$$renderer.push(`<!--[0--><section aria-labelledby="edit"><h2 id="edit">${escape_html(panels_edit_draft())}</h2> <p class="hint">${escape_html(panels_edit_hint({ version: r().version }))}</p> <form method="POST" action="?/edit" class="stack" novalidate=""><input type="hidden" name="version"${attr("value", r().version)}/> `);
				Field($$renderer, {
					name: "title",
					label: panels_f_title(),
					value: val("title", r().title),
					error: err("title"),
					required: true
				});
				$$renderer.push(`<!----> `);
				Field($$renderer, {
					name: "body",
					label: panels_f_rec_body(),
					value: val("body", r().body),
					error: err("body"),
					multiline: true,
					required: true
				});
				$$renderer.push(`<!----> <label class="choice svelte-2o68sl"><input type="checkbox" name="withinCityPowers" value="on"${attr("checked", r().withinCityPowers, true)}/> ${escape_html(panels_f_within_powers())}</label> <button class="primary" type="submit">${escape_html(panels_save_draft())}</button></form></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <section aria-labelledby="history"><h2 id="history">${escape_html(panels_history())}</h2> <ul><!--[-->`);
			const each_array_1 = ensure_array_like(r().revisions);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let v = each_array_1[$$index_1];
				$$renderer.push(`<li>${escape_html(panels_version())} ${escape_html(v.version)}: ${escape_html(v.authorName ?? anonymised_author())}, ${escape_html(formatDate(v.createdAt))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></section> <section aria-labelledby="discussion"><h2 id="discussion">${escape_html(panels_discussion())}</h2> `);
			if (form && "commented" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_added())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			CommentThread($$renderer, {
				comments: data.comments,
				signedIn: true,
				targetType: "recommendation",
				targetId: r().id
			});
			$$renderer.push(`<!----> <form method="POST" action="?/comment" class="stack" novalidate=""><div class="field"><label for="comment-body">${escape_html(your_comment())}</label><textarea id="comment-body" name="body" required=""></textarea></div> <button class="secondary" type="submit">${escape_html(send_comment())}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-w66aMYVs.js.map
