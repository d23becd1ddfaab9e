import { ai as attr, al as stringify, ao as attr_style, aj as ensure_array_like, am as attr_class, ah as escape_html, T as derived } from './server.js-DL9eFGXd.js';

// src/lib/components/consultations/PinMap.svelte
function PinMap($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Pins over Kraków's districts, drawn server-side as SVG. The picture is decorative for
		* screen readers (aria-hidden); the list of pins next to it and the coordinates form are the
		* accessible, keyboard and no-JavaScript alternative. With JavaScript, a click on the map fills
		* in the coordinates fields named by `fill`. */
		let { districts, pins, fill = null, highlight = [] } = $$props;
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
		const px = (lon) => (lon - box().x0) * kx * scale();
		const py = (lat) => (box().y1 - lat) * scale();
		const path = (d) => d.geometry.coordinates.map((poly) => poly.map((ring) => "M" + ring.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join("L") + "Z").join("")).join("");
		const colours = {
			heat: "#b3261e",
			greenery_water: "#0b6e4f",
			energy: "#8a5a00",
			transport: "#3d3d9e",
			air: "#5a5a5a",
			waste: "#6b3e26",
			education: "#7a1f7a"
		};
		$$renderer.push(`<svg class="pin-map svelte-ei698k"${attr("viewBox", `0 0 640 ${stringify(H())}`)} aria-hidden="true" focusable="false"${attr_style("", { cursor: fill ? "crosshair" : "default" })}><!--[-->`);
		const each_array = ensure_array_like(districts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let d = each_array[$$index];
			$$renderer.push(`<path${attr("d", path(d))} fill-rule="evenodd"${attr_class("svelte-ei698k", void 0, { "target": highlight.includes(d.id) })}><title>${escape_html(d.roman)}${escape_html(d.name)}</title></path>`);
		}
		$$renderer.push(`<!--]--><!--[-->`);
		const each_array_1 = ensure_array_like(pins);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let p = each_array_1[$$index_1];
			$$renderer.push(`<circle${attr("cx", px(p.lon))}${attr("cy", py(p.lat))} r="6"${attr("fill", colours[p.topic ?? ""] ?? "#b3261e")} stroke="#fff" stroke-width="2"><title>${escape_html(p.label ?? "")}</title></circle>`);
		}
		$$renderer.push(`<!--]-->`);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></svg>`);
	});
}

export { PinMap as P };
//# sourceMappingURL=PinMap.js-BB3NQyzH.js.map
