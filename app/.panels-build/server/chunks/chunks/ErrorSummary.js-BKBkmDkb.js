import { ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify, T as derived } from './server.js-DL9eFGXd.js';
import { ag as error_summary_title, I as errorText } from './i18n.js-DrLrGNuv.js';

// src/lib/components/ErrorSummary.svelte
function ErrorSummary($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** GOV.UK pattern: a summary at the top that links to each field in error. */
		let { form, labels = {} } = $$props;
		const entries = derived(() => Object.entries(form?.fields ?? {}));
		if (form && (form.message || entries().length)) {
			$$renderer.push(`<!--[0--><div class="error-summary" role="alert" tabindex="-1"><h2>${escape_html(error_summary_title())}</h2> `);
			if (entries().length) {
				$$renderer.push(`<!--[0--><ul><!--[-->`);
				const each_array = ensure_array_like(entries());
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let [field, key] = each_array[$$index];
					$$renderer.push(`<li><a${attr("href", `#${stringify(field)}`)}>${escape_html(labels[field] ? `${labels[field]}: ` : "")}${escape_html(errorText(key))}</a></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push(`<!--[-1--><p>${escape_html(errorText(form.code) !== form.code ? errorText(form.code) : form.message)}</p>`);
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { ErrorSummary as E };
//# sourceMappingURL=ErrorSummary.js-BKBkmDkb.js.map
