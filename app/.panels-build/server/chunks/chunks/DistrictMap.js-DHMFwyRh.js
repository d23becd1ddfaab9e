import { ai as attr, al as stringify, aj as ensure_array_like, am as attr_class, ah as escape_html, T as derived } from './server.js-DL9eFGXd.js';

// src/lib/components/DistrictMap.svelte
function DistrictMap($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Kraków's districts as an SVG of links: works without JavaScript and by keyboard; each
		* district is a named link, so screen readers get a list alternative for free. */
		let { districts, hrefFor, selected = null, label } = $$props;
		const W = 640;
		const box = derived(() => {
			let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
			for (const d of districts) for (const poly of d.geometry.coordinates) for (const ring of poly) for (const [x, y] of ring) {
				x0 = Math.min(x0, x);
				x1 = Math.max(x1, x);
				y0 = Math.min(y0, y);
				y1 = Math.max(y1, y);
			}
			return {
				x0,
				y0,
				x1,
				y1
			};
		});
		const kx = Math.cos(50.06 * Math.PI / 180);
		const scale = derived(() => W / ((box().x1 - box().x0) * kx));
		const H = derived(() => Math.round((box().y1 - box().y0) * scale()));
		const path = (d) => d.geometry.coordinates.map((poly) => poly.map((ring) => "M" + ring.map(([x, y]) => `${((x - box().x0) * kx * scale()).toFixed(1)},${((box().y1 - y) * scale()).toFixed(1)}`).join("L") + "Z").join("")).join("");
		$$renderer.push(`<svg class="district-map"${attr("viewBox", `0 0 640 ${stringify(H())}`)} role="group"${attr("aria-label", label)}><!--[-->`);
		const each_array = ensure_array_like(districts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let d = each_array[$$index];
			$$renderer.push(`<a${attr("href", hrefFor(d.id))}${attr("aria-label", `${stringify(d.roman)} ${stringify(d.name)}`)}${attr_class("", void 0, { "selected": selected === d.id })}><title>${escape_html(d.roman)}${escape_html(d.name)}</title><path${attr("d", path(d))} fill-rule="evenodd"></path></a>`);
		}
		$$renderer.push(`<!--]--></svg>`);
	});
}

export { DistrictMap as D };
//# sourceMappingURL=DistrictMap.js-DHMFwyRh.js.map
