import { ak as head, ai as attr, ah as escape_html, al as stringify, am as attr_class, aj as ensure_array_like, T as derived } from '../../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { ca as budgets_step, cb as budgets_step_check, cc as budgets_step_coauthors, cd as budgets_step_photos, ce as budgets_step_climate, cf as budgets_step_cost, cg as budgets_step_place, ch as budgets_photo_added, ci as budgets_coauthor_added, cj as budgets_place_hint, ck as budgets_map_click, cl as budgets_map_click_alt, cm as budgets_pin_at, cn as budgets_lat_hint, aM as latitude, co as budgets_lng_hint, aL as longitude, cp as budgets_save_continue, cq as budgets_cost_hint, _ as _index_exports, cr as budgets_item_n, cs as budgets_item, ct as budgets_amount_pln, cu as budgets_climate_hint, cv as budgets_climate_category, cw as budgets_not_climate, cx as budgets_trees, cy as budgets_unsealed, cz as budgets_co2, cA as budgets_method_hint, cB as budgets_method, cC as budgets_photos_hint, cD as budgets_photo, cE as budgets_photo_alt_hint, cF as budgets_photo_alt, cG as budgets_photo_add, cH as budgets_continue, cI as budgets_coauthors_hint, b0 as email, cJ as budgets_coauthor_add, cK as budgets_check_answers, bS as budgets_pool, c3 as title, bp as description, cL as budgets_location, cM as budgets_missing, cN as budgets_change, cO as budgets_cost, cP as budgets_climate_effect, cQ as budgets_effect_trees, cR as budgets_effect_unsealed, cS as budgets_effect_co2, cT as budgets_photos, cU as budgets_submit_declaration, cV as budgets_submit_button, cW as budgets_correction_saved, cX as budgets_back_to_project, cY as budgets_cost_items } from '../../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm, p as pln, l as label, n as num } from '../../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/my/[id]/[step]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.p);
		const pr = derived(() => p().project);
		const base = derived(() => `/budgets/${p().processSlug}`);
		const here = derived(() => `${base()}/my/${pr().id}`);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		const stepNo = derived(() => data.steps.indexOf(data.step) + 2);
		const titles = {
			place: budgets_step_place,
			cost: budgets_step_cost,
			climate: budgets_step_climate,
			photos: budgets_step_photos,
			coauthors: budgets_step_coauthors,
			check: budgets_step_check
		};
		const CATS = [
			"trees_greenery",
			"unsealing_water",
			"energy",
			"mobility",
			"heat",
			"waste",
			"education"
		];
		const labels = derived(() => ({
			lat: latitude(),
			lng: longitude(),
			costItems: budgets_cost_items(),
			climateCategory: budgets_climate_category(),
			trees: budgets_trees(),
			unsealedM2: budgets_unsealed(),
			co2eTonnesPerYear: budgets_co2(),
			photo: budgets_photo(),
			alt: budgets_photo_alt(),
			email: email(),
			poolId: budgets_pool(),
			title: title(),
			description: description()
		}));
		const v = (k, fallback) => k in val() ? val()[k] : fallback === null || fallback === void 0 ? "" : String(fallback);
		const saveAction = derived(() => data.returnToCheck ? "?/save&return=check" : "?/save");
		head("1hd4i47", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(titles[data.step]())} — ${escape_html(pr().title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(p().processTitle)}</a> · ${escape_html(pr().title)}</p> `);
		if (pr().status === "draft") $$renderer.push(`<!--[0--><p class="meta">${escape_html(budgets_step({
			n: stepNo(),
			of: 7
		}))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h1>${escape_html(titles[data.step]())}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: labels()
		});
		$$renderer.push(`<!----> `);
		if (form && "photoAdded" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_photo_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "coauthorAdded" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_coauthor_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.step === "place") {
			$$renderer.push(`<!--[0--><p>${escape_html(budgets_place_hint())}</p> <form method="POST"${attr("action", saveAction())} class="stack" novalidate=""><div class="field"><label for="map">${escape_html(budgets_map_click())}</label> <input type="image" id="map" name="map" formaction="?/pin"${attr("src", `/budgets/map.svg?lat=${stringify(pr().lat ?? "")}&lng=${stringify(pr().lng ?? "")}&district=${stringify(pr().districtId ?? "")}`)}${attr("width", data.mapWidth)}${attr("alt", budgets_map_click_alt())} class="pin-picker svelte-1hd4i47"/></div> `);
			if (pr().lat !== null) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(budgets_pin_at({
				lat: String(pr().lat),
				lng: String(pr().lng)
			}))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Field($$renderer, {
				name: "lat",
				label: latitude(),
				hint: budgets_lat_hint(),
				value: v("lat", pr().lat),
				error: err().lat,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "lng",
				label: longitude(),
				hint: budgets_lng_hint(),
				value: v("lng", pr().lng),
				error: err().lng,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_save_continue())}</button></form>`);
		} else if (data.step === "cost") {
			$$renderer.push(`<!--[1--><p>${escape_html(budgets_cost_hint({
				min: pln(p().pool?.minCost),
				max: pln(p().pool?.maxCost)
			}))}</p> <form method="POST"${attr("action", saveAction())} class="stack" novalidate=""><div id="costItems" tabindex="-1"${attr_class("field", void 0, { "has-error": !!err().costItems })}>`);
			if (err().costItems) $$renderer.push(`<!--[0--><p class="error">${escape_html(_index_exports[`err_${err().costItems}`]?.() ?? err().costItems)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> <!--[-->`);
			const each_array = ensure_array_like(Array.from({ length: data.costRows }));
			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				each_array[i];
				$$renderer.push(`<fieldset><legend>${escape_html(budgets_item_n({ n: i + 1 }))}</legend> <div class="field"><label${attr("for", `item${stringify(i)}_label`)}>${escape_html(budgets_item())}</label><input type="text"${attr("id", `item${stringify(i)}_label`)}${attr("name", `item${stringify(i)}_label`)}${attr("value", v(`item${i}_label`, pr().costItems[i]?.label))}/></div> <div class="field"><label${attr("for", `item${stringify(i)}_amount`)}>${escape_html(budgets_amount_pln())}</label><input type="text" inputmode="numeric"${attr("id", `item${stringify(i)}_amount`)}${attr("name", `item${stringify(i)}_amount`)}${attr("value", v(`item${i}_amount`, pr().costItems[i]?.amount))}/></div></fieldset>`);
			}
			$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(budgets_save_continue())}</button></form>`);
		} else if (data.step === "climate") {
			$$renderer.push(`<!--[2--><p>${escape_html(budgets_climate_hint())}</p> <form method="POST"${attr("action", saveAction())} class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!err().climateCategory })}><label for="climateCategory">${escape_html(budgets_climate_category())}</label> `);
			if (err().climateCategory) $$renderer.push(`<!--[0--><p class="error" id="climateCategory-error">${escape_html(_index_exports[`err_${err().climateCategory}`]?.() ?? err().climateCategory)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <select id="climateCategory" name="climateCategory"${attr("aria-describedby", err().climateCategory ? "climateCategory-error" : void 0)}>`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(budgets_not_climate())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(CATS);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let c = each_array_1[$$index_1];
				$$renderer.option({
					value: c,
					selected: v("climateCategory", pr().climateCategory) === c
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(label("category", c))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> `);
			Field($$renderer, {
				name: "trees",
				label: budgets_trees(),
				value: v("trees", pr().climateEffect?.trees),
				error: err().trees,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "unsealedM2",
				label: budgets_unsealed(),
				value: v("unsealedM2", pr().climateEffect?.unsealedM2),
				error: err().unsealedM2,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "co2eTonnesPerYear",
				label: budgets_co2(),
				value: v("co2eTonnesPerYear", pr().climateEffect?.co2eTonnesPerYear),
				error: err().co2eTonnesPerYear,
				inputmode: "decimal"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "method",
				label: budgets_method(),
				hint: budgets_method_hint(),
				value: v("method", pr().climateEffect?.method),
				error: err().method,
				multiline: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_save_continue())}</button></form>`);
		} else if (data.step === "photos") {
			$$renderer.push(`<!--[3--><p>${escape_html(budgets_photos_hint())}</p> `);
			if (p().photos.length) {
				$$renderer.push(`<!--[0--><ul class="cards"><!--[-->`);
				const each_array_2 = ensure_array_like(p().photos);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let ph = each_array_2[$$index_2];
					$$renderer.push(`<li><img${attr("src", `${base()}/photos/${stringify(ph.id)}`)}${attr("alt", ph.alt)} style="max-width:100%"/></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/photo" enctype="multipart/form-data" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!err().photo })}><label for="photo">${escape_html(budgets_photo())}</label> `);
			if (err().photo) $$renderer.push(`<!--[0--><p class="error" id="photo-error">${escape_html(_index_exports[`err_${err().photo}`]?.() ?? err().photo)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <input type="file" id="photo" name="photo" accept="image/jpeg,image/png,image/webp"${attr("aria-describedby", err().photo ? "photo-error" : void 0)}/></div> `);
			Field($$renderer, {
				name: "alt",
				label: budgets_photo_alt(),
				hint: budgets_photo_alt_hint(),
				error: err().alt
			});
			$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(budgets_photo_add())}</button></form> <p><a class="button"${attr("href", localizeHref(`${here()}/coauthors`))}>${escape_html(budgets_continue())}</a></p>`);
		} else if (data.step === "coauthors") {
			$$renderer.push(`<!--[4--><p>${escape_html(budgets_coauthors_hint())}</p> `);
			if (p().coauthors.length) {
				$$renderer.push(`<!--[0--><ul><!--[-->`);
				const each_array_3 = ensure_array_like(p().coauthors);
				for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
					let c = each_array_3[$$index_3];
					$$renderer.push(`<li>${escape_html(c.name)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/coauthor" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: email(),
				error: err().email,
				autocomplete: "off"
			});
			$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(budgets_coauthor_add())}</button></form> <p><a class="button"${attr("href", localizeHref(`${here()}/check`))}>${escape_html(budgets_continue())}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><h2>${escape_html(budgets_check_answers())}</h2> <dl class="summary svelte-1hd4i47"><div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_pool())}</dt><dd class="svelte-1hd4i47">${escape_html(p().pool?.name)}</dd><dd class="svelte-1hd4i47"></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(title())}</dt><dd class="svelte-1hd4i47">${escape_html(pr().title)}</dd><dd class="svelte-1hd4i47"></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(description())}</dt><dd class="comment-body svelte-1hd4i47">${escape_html(pr().description)}</dd><dd class="svelte-1hd4i47"></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_location())}</dt><dd class="svelte-1hd4i47">${escape_html(pr().lat !== null ? budgets_pin_at({
				lat: String(pr().lat),
				lng: String(pr().lng)
			}) : budgets_missing())}</dd><dd class="svelte-1hd4i47"><a${attr("href", localizeHref(`${here()}/place?return=check`))}>${escape_html(budgets_change())}<span class="visually-hidden">${escape_html(budgets_location())}</span></a></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_cost())}</dt><dd class="svelte-1hd4i47">`);
			if (pr().costItems.length) {
				$$renderer.push(`<!--[0--><!--[-->`);
				const each_array_4 = ensure_array_like(pr().costItems);
				for (let i = 0, $$length = each_array_4.length; i < $$length; i++) {
					let it = each_array_4[i];
					$$renderer.push(`<!---->${escape_html(it.label)}: ${escape_html(pln(it.amount))}<br/>`);
				}
				$$renderer.push(`<!--]--><strong>${escape_html(pln(pr().cost))}</strong>`);
			} else $$renderer.push(`<!--[-1-->${escape_html(budgets_missing())}`);
			$$renderer.push(`<!--]--></dd><dd class="svelte-1hd4i47"><a${attr("href", localizeHref(`${here()}/cost?return=check`))}>${escape_html(budgets_change())}<span class="visually-hidden">${escape_html(budgets_cost())}</span></a></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_climate_effect())}</dt><dd class="svelte-1hd4i47">${escape_html(pr().climateCategory ? label("category", pr().climateCategory) : budgets_not_climate())}`);
			if (pr().climateEffect?.trees) $$renderer.push(`<!--[0--><br/>${escape_html(budgets_effect_trees({ n: num(pr().climateEffect.trees) }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
			if (pr().climateEffect?.unsealedM2) $$renderer.push(`<!--[0--><br/>${escape_html(budgets_effect_unsealed({ n: num(pr().climateEffect.unsealedM2) }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
			if (pr().climateEffect?.co2eTonnesPerYear) $$renderer.push(`<!--[0--><br/>${escape_html(budgets_effect_co2({ n: num(pr().climateEffect.co2eTonnesPerYear, 1) }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dd><dd class="svelte-1hd4i47"><a${attr("href", localizeHref(`${here()}/climate?return=check`))}>${escape_html(budgets_change())}<span class="visually-hidden">${escape_html(budgets_climate_effect())}</span></a></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_photos())}</dt><dd class="svelte-1hd4i47">${escape_html(p().photos.length)}</dd><dd class="svelte-1hd4i47"><a${attr("href", localizeHref(`${here()}/photos`))}>${escape_html(budgets_change())}<span class="visually-hidden">${escape_html(budgets_photos())}</span></a></dd></div> <div class="svelte-1hd4i47"><dt class="svelte-1hd4i47">${escape_html(budgets_step_coauthors())}</dt><dd class="svelte-1hd4i47">${escape_html(p().coauthors.map((c) => c.name).join(", ") || "—")}</dd><dd class="svelte-1hd4i47"><a${attr("href", localizeHref(`${here()}/coauthors`))}>${escape_html(budgets_change())}<span class="visually-hidden">${escape_html(budgets_step_coauthors())}</span></a></dd></div></dl> `);
			if (pr().status === "draft") $$renderer.push(`<!--[0--><form method="POST" action="?/submit" class="stack"><p>${escape_html(budgets_submit_declaration())}</p> <button class="primary" type="submit">${escape_html(budgets_submit_button())}</button></form>`);
			else $$renderer.push(`<!--[-1--><p class="notice">${escape_html(budgets_correction_saved())}</p> <p><a${attr("href", localizeHref(`${base()}/projects/${pr().id}`))}>${escape_html(budgets_back_to_project())}</a></p>`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-iOqLOQdg.js.map
