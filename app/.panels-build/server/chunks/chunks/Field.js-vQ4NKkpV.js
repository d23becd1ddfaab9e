import { am as attr_class, ai as attr, ah as escape_html, al as stringify, an as attributes, T as derived } from './server.js-DL9eFGXd.js';
import { I as errorText } from './i18n.js-DrLrGNuv.js';

// src/lib/components/Field.svelte
function Field($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { name, label, type = "text", value = "", hint = "", error = "", required = false, autocomplete = void 0, multiline = false, inputmode = void 0, min = void 0, max = void 0 } = $$props;
		const describedBy = derived(() => [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field", void 0, { "has-error": !!error })}><label${attr("for", name)}>${escape_html(label)}</label> `);
		if (hint) $$renderer.push(`<!--[0--><p class="hint"${attr("id", `${stringify(name)}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (error) $$renderer.push(`<!--[0--><p class="error"${attr("id", `${stringify(name)}-error`)}>${escape_html(errorText(error))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (multiline) {
			$$renderer.push(`<!--[0--><textarea${attr("id", name)}${attr("name", name)}${attr("required", required, true)}${attr("aria-invalid", error ? "true" : void 0)}${attr("aria-describedby", describedBy())}>`);
			const $$body = escape_html(value ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea>`);
		} else $$renderer.push(`<!--[-1--><input${attributes({
			id: name,
			name,
			type,
			defaultvalue: value ?? "",
			required,
			autocomplete,
			inputmode,
			min,
			max,
			"aria-invalid": error ? "true" : void 0,
			"aria-describedby": describedBy()
		}, void 0, void 0, void 0, 4)}/>`);
		$$renderer.push(`<!--]--></div>`);
	});
}

export { Field as F };
//# sourceMappingURL=Field.js-vQ4NKkpV.js.map
