import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { mr as edit_process, y as view_public_page, ms as process_created, hY as saved, a3 as outcome, bp as description, c3 as title, c4 as status, i9 as status_draft, i8 as status_published, Z as status_closed, mt as outcome_hint, mu as save_status, mv as details, b4 as save, h as nav_manage } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { P as ProcessForm } from '../../../../../chunks/ProcessForm.js-CNdd4ZSD.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/Field.js-vQ4NKkpV.js';

// src/routes/manage/processes/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.process);
		head("lltjxg", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(p().title)} — ${escape_html(nav_manage())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(edit_process())}: ${escape_html(p().title)}</h1> <p><a${attr("href", localizeHref(`/processes/${p().slug}`))}>${escape_html(view_public_page())}</a></p> `);
		if (data.created) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(process_created())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && ("saved" in form || "statusSaved" in form)) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: form && "fields" in form ? form : null,
			labels: {
				title: title(),
				description: description(),
				outcome: outcome()
			}
		});
		$$renderer.push(`<!----> <h2>${escape_html(status())}</h2> <form method="POST" action="?/status" class="stack"><div class="field"><label for="status">${escape_html(status())}</label> <select id="status" name="status">`);
		$$renderer.option({
			value: "draft",
			selected: p().status === "draft"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(status_draft())}`);
		});
		$$renderer.option({
			value: "published",
			selected: p().status === "published"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(status_published())}`);
		});
		$$renderer.option({
			value: "closed",
			selected: p().status === "closed"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(status_closed())}`);
		});
		$$renderer.push(`</select></div> <div class="field"><label for="outcome">${escape_html(outcome())}</label><p class="hint" id="outcome-hint">${escape_html(outcome_hint())}</p><textarea id="outcome" name="outcome" aria-describedby="outcome-hint">`);
		const $$body = escape_html(p().outcome ?? "");
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea></div> <button class="secondary" type="submit">${escape_html(save_status())}</button></form> <h2>${escape_html(details())}</h2> `);
		ProcessForm($$renderer, {
			values: p(),
			errors: form && "fields" in form ? form.fields : {},
			districts: data.districts,
			mechanisms: data.mechanisms,
			topics: data.topics,
			rows: data.rows,
			submitLabel: save()
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-HajQwu0b.js.map
