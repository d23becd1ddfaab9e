import { o as submitProject, N as addPhoto, O as getProject, s as saveDraft, Q as addCoauthor } from '../../../../../../../chunks/service9.js-h2CQjVIl.js';
import { f as fromXY, m as mapFrame } from '../../../../../../../chunks/map.js-BzLAcXDU.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../../../../chunks/http.js-DEPnrH4W.js';
import { l as localizeHref } from '../../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { A as redirect, v as error } from '../../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/budgets/[slug]/my/[id]/[step]/+page.server.ts
var STEPS = [
	"place",
	"cost",
	"climate",
	"photos",
	"coauthors",
	"check"
];
var COST_ROWS = 6;
var PIN_MAP_WIDTH = 300;
async function own(locals, id, slug) {
	const p = await loadOr404(() => getProject(locals.ctx, id));
	if (!p.isAuthor || p.processSlug !== slug) error(404, "Not found");
	return p;
}
function current(p) {
	const x = p.project;
	return {
		poolId: x.poolId,
		title: x.title,
		description: x.description,
		lat: x.lat ?? "",
		lng: x.lng ?? "",
		costItems: x.costItems,
		climateCategory: x.climateCategory ?? "",
		trees: x.climateEffect?.trees ?? "",
		unsealedM2: x.climateEffect?.unsealedM2 ?? "",
		co2eTonnesPerYear: x.climateEffect?.co2eTonnesPerYear ?? "",
		method: x.climateEffect?.method ?? ""
	};
}
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	if (!STEPS.includes(params.step)) error(404, "Not found");
	return {
		p: await own(locals, params.id, params.slug),
		returnToCheck: url.searchParams.get("return") === "check",
		step: params.step,
		steps: STEPS,
		costRows: COST_ROWS,
		mapWidth: PIN_MAP_WIDTH,
		frame: params.step === "place" ? await mapFrame(locals.ctx.db) : null
	};
};
var next = (slug, id, step) => redirect(303, localizeHref(`/budgets/${slug}/my/${id}/${STEPS[STEPS.indexOf(step) + 1] ?? "check"}`));
var back = (slug, id, step) => redirect(303, localizeHref(`/budgets/${slug}/my/${id}/${step}`));
var actions = {
	/** Saves this step's answers into the draft and goes on (or back to "check" when changing). */
	save: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const p = await own(locals, params.id, params.slug);
		const step = params.step;
		const form = await request.formData();
		const data = current(p);
		if (step === "place") {
			data.lat = form.get("lat") ?? "";
			data.lng = form.get("lng") ?? "";
		} else if (step === "cost") {
			const items = [];
			for (let i = 0; i < COST_ROWS; i++) {
				const label = String(form.get(`item${i}_label`) ?? "").trim();
				const amount = String(form.get(`item${i}_amount`) ?? "").replace(/\s/g, "");
				if (label || amount) items.push({
					label,
					amount
				});
			}
			data.costItems = items;
		} else if (step === "climate") for (const k of [
			"climateCategory",
			"trees",
			"unsealedM2",
			"co2eTonnesPerYear",
			"method"
		]) data[k] = form.get(k) ?? "";
		const res = await formAction(form, () => saveDraft(locals.ctx, p.project.processId, data, p.project.id));
		if (typeof res !== "string") return res;
		if (url.searchParams.get("return") === "check") redirect(303, localizeHref(`/budgets/${params.slug}/my/${params.id}/check`));
		next(params.slug, params.id, step);
	},
	/** No-JavaScript pin: the map is an <input type="image">; the browser sends where it was clicked. */
	pin: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const p = await own(locals, params.id, params.slug);
		const form = await request.formData();
		const x = Number(form.get("map.x"));
		const y = Number(form.get("map.y"));
		if (!Number.isFinite(x) || !Number.isFinite(y)) return { pinned: false };
		const pos = fromXY(await mapFrame(locals.ctx.db), x, y, PIN_MAP_WIDTH);
		const res = await formAction(form, () => saveDraft(locals.ctx, p.project.processId, {
			...current(p),
			...pos
		}, p.project.id));
		if (typeof res !== "string") return res;
		back(params.slug, params.id, "place");
	},
	photo: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const file = form.get("photo");
		const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
		const res = await formAction(null, () => addPhoto(locals.ctx, params.id, {
			bytes,
			alt: form.get("alt")
		}));
		if (typeof res !== "string") return res;
		return { photoAdded: true };
	},
	coauthor: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await addCoauthor(locals.ctx, params.id, form.get("email"));
			return { coauthorAdded: true };
		});
	},
	submit: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		const res = await formAction(null, () => submitProject(locals.ctx, params.id));
		if (res && typeof res === "object" && "status" in res) return res;
		redirect(303, localizeHref(`/budgets/${params.slug}/projects/${params.id}?submitted=1`));
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BJ8nHGPn.js.map
