import { ak as head, ah as escape_html, am as attr_class, ai as attr, aj as ensure_array_like, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { N as panels_mtab_recruitment, lF as panels_imported, lG as panels_letters_drawn, lH as panels_f_seed, lI as panels_f_count, lJ as panels_f_file, lK as panels_addresses_title, lL as panels_addresses_stats, aa as formatNumber, lM as panels_f_file_hint, lN as panels_import, lO as panels_letters_title, lP as panels_seed, lQ as panels_download_letters, lR as panels_letters_intro, lS as panels_f_seed_hint, lT as panels_draw_letters, ls as panels_pool_title, lU as panels_registered, ky as panels_value, kA as panels_in_pool, lV as panels_seats_range, lW as panels_enough, lX as panels_yes, lY as panels_just_enough, lZ as panels_no, l_ as panels_view_pool, l$ as panels_view_pool_audited } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { f as featureName, b as pForm } from '../../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/panels/[slug]/recruitment/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const errors = derived(() => failed()?.fields ?? {});
		head("2i6p4x", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_mtab_recruitment())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_mtab_recruitment())}</h1> `);
		if (form && "imported" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_imported({ n: form.imported ?? 0 }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "lettersDrawn" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_letters_drawn({ n: form.lettersDrawn ?? 0 }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				file: panels_f_file(),
				count: panels_f_count(),
				seed: panels_f_seed()
			}
		});
		$$renderer.push(`<!----> <section aria-labelledby="addr"><h2 id="addr">${escape_html(panels_addresses_title())}</h2> <p>${escape_html(panels_addresses_stats({
			total: formatNumber(data.stats.total),
			invited: formatNumber(data.stats.invited),
			used: formatNumber(data.stats.used)
		}))}</p> `);
		if (!p().lettersDrawnAt) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/import" enctype="multipart/form-data" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!errors().file })}><label for="file">${escape_html(panels_f_file())}</label> <p class="hint" id="file-hint">${escape_html(panels_f_file_hint())}</p> `);
			if (errors().file) $$renderer.push(`<!--[0--><p class="error" id="file-error">${escape_html(failed()?.message)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint"/></div> <button class="secondary" type="submit">${escape_html(panels_import())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="letters-h"><h2 id="letters-h">${escape_html(panels_letters_title())}</h2> `);
		if (p().lettersDrawnAt) $$renderer.push(`<!--[0--><p>${escape_html(panels_seed())}: <code>${escape_html(p().letterSeed)}</code></p> <p><a class="button"${attr("href", localizeHref(`/manage/panels/${p().slug}/letters.pdf`))}>${escape_html(panels_download_letters())}</a></p>`);
		else {
			$$renderer.push(`<!--[-1--><p>${escape_html(panels_letters_intro())}</p> <form method="POST" action="?/letters" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "count",
				type: "number",
				inputmode: "numeric",
				label: panels_f_count(),
				value: (failed()?.values)?.count ?? String(Math.min(data.stats.total, p().size * 50)),
				error: errors().count ?? "",
				required: true,
				min: 1
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "seed",
				label: panels_f_seed(),
				hint: panels_f_seed_hint(),
				value: (failed()?.values)?.seed ?? "",
				error: errors().seed ?? ""
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_draw_letters())}</button></form>`);
		}
		$$renderer.push(`<!--]--></section> <section aria-labelledby="pool-h"><h2 id="pool-h">${escape_html(panels_pool_title())}</h2> <p>${escape_html(panels_registered())}: <strong>${escape_html(formatNumber(p().counts.registered))}</strong></p> <!--[-->`);
		const each_array = ensure_array_like(p().features);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let f = each_array[$$index_1];
			$$renderer.push(`<div class="table-wrap"><table><caption>${escape_html(featureName(f))}</caption><thead><tr><th scope="col">${escape_html(panels_value())}</th><th scope="col">${escape_html(panels_in_pool())}</th><th scope="col">${escape_html(panels_seats_range())}</th><th scope="col">${escape_html(panels_enough())}</th></tr></thead><tbody><!--[-->`);
			const each_array_1 = ensure_array_like(p().quotas.filter((q) => q.feature === f));
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let q = each_array_1[$$index];
				const n = data.composition[f]?.[q.value] ?? 0;
				$$renderer.push(`<tr><th scope="row">${escape_html(q.label)}</th><td>${escape_html(n)}</td><td>${escape_html(q.min)}–${escape_html(q.max)}</td><td>${escape_html(n >= q.max ? panels_yes() : n >= q.min ? panels_just_enough() : panels_no())}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		}
		$$renderer.push(`<!--]--> <p><a${attr("href", localizeHref(`/manage/panels/${p().slug}/pool`))}>${escape_html(panels_view_pool())}</a> <span class="hint">${escape_html(panels_view_pool_audited())}</span></p></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CDZR-S4j.js.map
