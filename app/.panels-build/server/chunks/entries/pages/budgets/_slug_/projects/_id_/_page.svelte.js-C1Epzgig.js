import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { bV as budgets_projects, db as budgets_volunteer_note, dc as budgets_appeal_text, dd as budgets_supported, de as budgets_appeal_sent, df as budgets_volunteered, dg as budgets_winner, dh as budgets_not_winner, di as budgets_would_fund, dj as budgets_would_not_fund, cO as budgets_cost, dk as budgets_corrected_from, dl as budgets_author, dm as budgets_imported, d2 as anonymised_author, dn as budgets_votes_points, dp as budgets_supporters, cY as budgets_cost_items, cs as budgets_item, bC as budgets_amount, cP as budgets_climate_effect, cQ as budgets_effect_trees, cR as budgets_effect_unsealed, cS as budgets_effect_co2, cB as budgets_method, cL as budgets_location, cm as budgets_pin_at, cT as budgets_photos, dq as budgets_support_button, dr as budgets_edit_project, ds as budgets_verification, dt as budgets_positive, du as budgets_negative, a2 as formatDate, dv as budgets_corrected_cost, dw as budgets_appeal, dx as budgets_appeal_accepted, dy as budgets_appeal_rejected, dz as budgets_appeal_pending, dA as budgets_appeal_title, dB as budgets_appeal_until, dC as budgets_appeal_text_error, dD as budgets_appeal_send, bL as budgets_implementation, c5 as budgets_progress, c7 as budgets_help_title, dE as budgets_volunteers_count, dF as budgets_volunteer_button, dG as budgets_signin_to_help, dH as discussion, dI as comment_added, dJ as your_comment, dK as send_comment, dL as signin_to_comment } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label, f as fixForm, a as explanationText, p as pln, n as num } from '../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { C as CommentThread } from '../../../../../../chunks/CommentThread.js-DatBHpD5.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/projects/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.p);
		const pr = derived(() => p().project);
		const base = derived(() => `/budgets/${p().processSlug}`);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		head("mptylu", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(pr().title)} — ${escape_html(p().processTitle)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(p().processTitle)}</a> · <a${attr("href", localizeHref(`${base()}/projects`))}>${escape_html(budgets_projects())}</a></p> <p class="meta"><span class="tag">${escape_html(label("status", pr().status))}</span>`);
		if (pr().climateCategory) $$renderer.push(`<!--[0--><span class="tag">${escape_html(label("category", pr().climateCategory))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> ${escape_html(p().pool?.name ?? "")}</p> <h1>${escape_html(pr().title)}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				body: budgets_appeal_text(),
				note: budgets_volunteer_note()
			}
		});
		$$renderer.push(`<!----> `);
		if (form && "supported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_supported())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "appealed" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_appeal_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "volunteered" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_volunteered())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().winner !== null) {
			$$renderer.push(`<!--[0--><section class="notice" aria-labelledby="result-h"><h2 id="result-h">${escape_html(p().winner ? budgets_winner() : budgets_not_winner())}</h2> <p>${escape_html(explanationText(p().explanation))}</p> <!--[-->`);
			const each_array = ensure_array_like(p().comparisons);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<p class="meta">${escape_html(label("rule", c.rule))}: ${escape_html(c.funded ? budgets_would_fund() : budgets_would_not_fund())}</p>`);
			}
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="comment-body">${escape_html(pr().description)}</p> <dl class="scope"><div><dt>${escape_html(budgets_cost())}</dt><dd>${escape_html(pln(p().project.effectiveCost))}`);
		if (pr().correctedCost) $$renderer.push(`<!--[0-->(${escape_html(budgets_corrected_from({ amount: pln(pr().cost) }))})`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd></div> <div><dt>${escape_html(budgets_author())}</dt><dd>${escape_html(p().authorName ?? (pr().importedVotes !== null ? budgets_imported() : anonymised_author()))}<!--[-->`);
		const each_array_1 = ensure_array_like(p().coauthors);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let c = each_array_1[$$index_1];
			$$renderer.push(`<!---->, ${escape_html(c.name)}`);
		}
		$$renderer.push(`<!--]--></dd></div> `);
		if (pr().importedVotes !== null) $$renderer.push(`<!--[0--><div><dt>${escape_html(budgets_votes_points())}</dt><dd>${escape_html(num(pr().importedVotes))} / ${escape_html(num(pr().importedScore))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().edition.supportRequired > 0 || p().supporters > 0) {
			$$renderer.push(`<!--[0--><div><dt>${escape_html(budgets_supporters())}</dt><dd>${escape_html(p().supporters)}`);
			if (p().edition.supportRequired) $$renderer.push(`<!--[0-->/ ${escape_html(p().edition.supportRequired)}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dd></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl> `);
		if (pr().costItems.length) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_cost_items())}</h2> <table><thead><tr><th scope="col">${escape_html(budgets_item())}</th><th scope="col">${escape_html(budgets_amount())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(pr().costItems);
			for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
				let it = each_array_2[i];
				$$renderer.push(`<tr><td>${escape_html(it.label)}</td><td>${escape_html(pln(it.amount))}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (pr().climateEffect) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_climate_effect())}</h2> <ul>`);
			if (pr().climateEffect.trees) $$renderer.push(`<!--[0--><li>${escape_html(budgets_effect_trees({ n: num(pr().climateEffect.trees) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (pr().climateEffect.unsealedM2) $$renderer.push(`<!--[0--><li>${escape_html(budgets_effect_unsealed({ n: num(pr().climateEffect.unsealedM2) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (pr().climateEffect.co2eTonnesPerYear) $$renderer.push(`<!--[0--><li>${escape_html(budgets_effect_co2({ n: num(pr().climateEffect.co2eTonnesPerYear, 1) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> `);
			if (pr().climateEffect.method) $$renderer.push(`<!--[0--><p><strong>${escape_html(budgets_method())}:</strong> ${escape_html(pr().climateEffect.method)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.pin) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_location())}</h2> <svg class="budget-pin-map svelte-mptylu"${attr("viewBox", `0 0 ${stringify(data.frame.w)} ${stringify(data.frame.h)}`)} role="img"${attr("aria-label", budgets_pin_at({
				lat: String(pr().lat),
				lng: String(pr().lng)
			}))}><!--[-->`);
			const each_array_3 = ensure_array_like(data.frame.districts);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let d = each_array_3[$$index_3];
				$$renderer.push(`<path${attr("d", d.d)} fill="#e3efe9" stroke="#0b6e4f" stroke-width="1"></path>`);
			}
			$$renderer.push(`<!--]--><g${attr("transform", `translate(${stringify(data.pin.x)},${stringify(data.pin.y)})`)}><path d="M0,0 C-4,-10 -12,-14 -12,-22 A12,12 0 1 1 12,-22 C12,-14 4,-10 0,0Z" fill="#b3261e" stroke="#fff" stroke-width="2"></path><circle cx="0" cy="-22" r="4.5" fill="#fff"></circle></g></svg> <p class="meta">${escape_html(budgets_pin_at({
				lat: String(pr().lat),
				lng: String(pr().lng)
			}))}</p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().photos.length) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_photos())}</h2> <ul class="cards"><!--[-->`);
			const each_array_4 = ensure_array_like(p().photos);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let ph = each_array_4[$$index_4];
				$$renderer.push(`<li><img${attr("src", `${base()}/photos/${stringify(ph.id)}`)}${attr("alt", ph.alt)} loading="lazy" style="max-width:100%"/></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().phase === "submission" || p().phase === "support") {
			$$renderer.push("<!--[0-->");
			if (pr().status !== "draft" && data.signedIn && !p().supported) $$renderer.push(`<!--[0--><form method="POST" action="?/support"><button class="secondary" type="submit">${escape_html(budgets_support_button())}</button></form>`);
			else if (p().supported) $$renderer.push(`<!--[1--><p>${escape_html(budgets_supported())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().canEdit) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`${base()}/my/${pr().id}/check`))}>${escape_html(budgets_edit_project())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().verifications.length) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_verification())}</h2> <ol><!--[-->`);
			const each_array_5 = ensure_array_like(p().verifications);
			for (let $$index_6 = 0, $$length = each_array_5.length; $$index_6 < $$length; $$index_6++) {
				let v = each_array_5[$$index_6];
				$$renderer.push(`<li><p><strong>${escape_html(label("stage", v.stage))}: ${escape_html(v.positive ? budgets_positive() : budgets_negative())}</strong> · ${escape_html(formatDate(v.decidedAt))}</p> <p class="comment-body">${escape_html(v.justification)}</p> `);
				if (v.correctedCost) $$renderer.push(`<!--[0--><p>${escape_html(budgets_corrected_cost())}: ${escape_html(pln(v.correctedCost))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <!--[-->`);
				const each_array_6 = ensure_array_like(p().appeals.filter((a) => a.verificationId === v.id));
				for (let $$index_5 = 0, $$length = each_array_6.length; $$index_5 < $$length; $$index_5++) {
					let a = each_array_6[$$index_5];
					$$renderer.push(`<div class="notice"><p><strong>${escape_html(budgets_appeal())}</strong> · ${escape_html(formatDate(a.createdAt))}</p> <p class="comment-body">${escape_html(a.body)}</p> `);
					if (a.accepted !== null) $$renderer.push(`<!--[0--><p><strong>${escape_html(a.accepted ? budgets_appeal_accepted() : budgets_appeal_rejected())}</strong>: ${escape_html(a.decision)}</p>`);
					else $$renderer.push(`<!--[-1--><p>${escape_html(budgets_appeal_pending())}</p>`);
					$$renderer.push(`<!--]--></div>`);
				}
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().canAppeal) {
			$$renderer.push(`<!--[0--><h2 id="appeal-h">${escape_html(budgets_appeal_title())}</h2> <p>${escape_html(budgets_appeal_until({ date: formatDate(p().appealOpenUntil) }))}</p> <form method="POST" action="?/appeal" class="stack" aria-labelledby="appeal-h"><div${attr_class("field", void 0, { "has-error": !!err().body })}><label for="body">${escape_html(budgets_appeal_text())}</label> `);
			if (err().body) $$renderer.push(`<!--[0--><p class="error" id="body-error">${escape_html(budgets_appeal_text_error())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <textarea id="body" name="body" required=""${attr("aria-describedby", err().body ? "body-error" : void 0)}>`);
			const $$body = escape_html(form && "values" in form ? form.values?.body ?? "" : "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea></div> <button class="primary" type="submit">${escape_html(budgets_appeal_send())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (pr().implStatus || p().updates.length) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_implementation())}</h2> <p><strong>${escape_html(label("impl", pr().implStatus))}</strong> · ${escape_html(pr().implProgress ?? 0)}%`);
			if (pr().implDepartment) $$renderer.push(`<!--[0-->· ${escape_html(pr().implDepartment)}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> <progress max="100"${attr("value", pr().implProgress ?? 0)}${attr("aria-label", budgets_progress())} class="svelte-mptylu">${escape_html(pr().implProgress ?? 0)}%</progress> <ol><!--[-->`);
			const each_array_7 = ensure_array_like(p().updates);
			for (let $$index_8 = 0, $$length = each_array_7.length; $$index_8 < $$length; $$index_8++) {
				let u = each_array_7[$$index_8];
				$$renderer.push(`<li><p class="meta">${escape_html(formatDate(u.createdAt))} · ${escape_html(label("impl", u.status))} · ${escape_html(u.progress)}%</p><p class="comment-body">${escape_html(u.body)}</p> <!--[-->`);
				const each_array_8 = ensure_array_like(p().photos.filter((ph) => ph.updateId === u.id));
				for (let $$index_7 = 0, $$length = each_array_8.length; $$index_7 < $$length; $$index_7++) {
					let ph = each_array_8[$$index_7];
					$$renderer.push(`<img${attr("src", `${base()}/photos/${stringify(ph.id)}`)}${attr("alt", ph.alt)} style="max-width:100%"/>`);
				}
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (pr().volunteersWanted) {
			$$renderer.push(`<!--[0--><section class="notice" aria-labelledby="help-h"><h2 id="help-h">${escape_html(budgets_help_title())}</h2> <p class="comment-body">${escape_html(pr().volunteersWanted)}</p> <p>${escape_html(budgets_volunteers_count({ n: p().volunteers }))}</p> `);
			if (p().volunteered) $$renderer.push(`<!--[0--><p>${escape_html(budgets_volunteered())}</p>`);
			else if (data.signedIn) $$renderer.push(`<!--[1--><form method="POST" action="?/volunteer" class="stack"><div class="field"><label for="note">${escape_html(budgets_volunteer_note())}</label><input id="note" name="note" type="text" maxlength="500"/></div> <button class="primary" type="submit">${escape_html(budgets_volunteer_button())}</button></form>`);
			else $$renderer.push(`<!--[-1--><p><a${attr("href", localizeHref(`/signin?next=${base()}/projects/${pr().id}`))}>${escape_html(budgets_signin_to_help())}</a></p>`);
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (pr().status !== "draft") {
			$$renderer.push(`<!--[0--><section aria-labelledby="discussion"><h2 id="discussion">${escape_html(discussion())}</h2> `);
			if (form && "commented" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(comment_added())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			CommentThread($$renderer, {
				comments: data.comments,
				signedIn: data.canComment,
				targetType: "project",
				targetId: pr().id
			});
			$$renderer.push(`<!----> `);
			if (data.canComment) $$renderer.push(`<!--[0--><form method="POST" action="?/comment" class="stack"><div${attr_class("field", void 0, { "has-error": !!err().body && !p().canAppeal })}><label for="comment-body">${escape_html(your_comment())}</label> <textarea id="comment-body" name="body" required=""></textarea></div> <button class="primary" type="submit">${escape_html(send_comment())}</button></form>`);
			else if (!data.signedIn) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=${base()}/projects/${pr().id}`))}>${escape_html(signin_to_comment())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-C1Epzgig.js.map
