import { ak as head, ah as escape_html, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { F as consultations_manage_partners, jC as consultations_partners_lead, jD as consultations_partner_authorised, jE as consultations_sessions_n, jF as consultations_no_partners, jG as consultations_authorise_partner, jH as consultations_partner_email, jI as consultations_partner_kind, jJ as consultations_partner_name, jK as consultations_partner_email_hint, fr as consultations_partner_sessions, fu as consultations_no_sessions, gr as consultations_partner, c3 as title, ba as when, gp as consultations_participants, go as consultations_notes, a2 as formatDate } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { p as partnerKindName, l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/consultations/[slug]/partners/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		head("om6upd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_manage_partners())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_manage_partners())}</h1> <p>${escape_html(consultations_partners_lead())}</p> `);
		if (form && "authorised" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_partner_authorised())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul>`);
		const each_array = ensure_array_like(data.partners);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<li><strong>${escape_html(p.name)}</strong> (${escape_html(partnerKindName(p.kind))}) — ${escape_html(consultations_sessions_n({ n: p.sessions }))}</li>`);
			}
		} else $$renderer.push(`<!--[!--><li>${escape_html(consultations_no_partners())}</li>`);
		$$renderer.push(`<!--]--></ul> <h2>${escape_html(consultations_authorise_partner())}</h2> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: {
				name: consultations_partner_name(),
				kind: consultations_partner_kind(),
				email: consultations_partner_email()
			}
		});
		$$renderer.push(`<!----> <form method="POST" class="stack" novalidate="">`);
		Field($$renderer, {
			name: "name",
			label: consultations_partner_name(),
			value: values().name,
			error: errors().name,
			required: true
		});
		$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!errors().kind })}><label for="kind">${escape_html(consultations_partner_kind())}</label> `);
		if (errors().kind) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().kind)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <select id="kind" name="kind"><!--[-->`);
		const each_array_1 = ensure_array_like(data.kinds);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let k = each_array_1[$$index_1];
			$$renderer.option({
				value: k,
				selected: values().kind === k
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(partnerKindName(k))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "email",
			label: consultations_partner_email(),
			hint: consultations_partner_email_hint(),
			type: "email",
			value: values().email,
			error: errors().email,
			required: true
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(consultations_authorise_partner())}</button></form> <h2>${escape_html(consultations_partner_sessions())}</h2> `);
		if (data.sessions.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_sessions())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(consultations_partner())}</th><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(when())}</th><th scope="col">${escape_html(consultations_participants())}</th><th scope="col">${escape_html(consultations_notes())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(data.sessions);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let s = each_array_2[$$index_2];
				$$renderer.push(`<tr><td>${escape_html(s.partnerName)}</td><td>${escape_html(s.title)}</td><td>${escape_html(formatDate(s.heldAt))}</td><td>${escape_html(s.participants)}</td><td>${escape_html(s.notes)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dg-B2jW0.js.map
