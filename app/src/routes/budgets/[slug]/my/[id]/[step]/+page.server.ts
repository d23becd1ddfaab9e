import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { addCoauthor, addPhoto, getProject, saveDraft, submitProject } from '$lib/server/budgets/service';
import { mapFrame, fromXY } from '$lib/server/budgets/map';
import { formAction, loadOr404, requireSignedIn, httpError } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';

const STEPS = ['place', 'cost', 'climate', 'photos', 'coauthors', 'check'] as const;
type Step = (typeof STEPS)[number];
const COST_ROWS = 6;
const PIN_MAP_WIDTH = 300;
/** What the browser needs to turn a click into coordinates (not the district outlines). */
const frameBox = (f: { w: number; h: number; box: { x0: number; y0: number; x1: number; y1: number } }) => ({ w: f.w, h: f.h, box: f.box });

async function own(locals: App.Locals, id: string, slug: string) {
	const p = await loadOr404(() => getProject(locals.ctx, id));
	if (!p.isAuthor || p.processSlug !== slug) httpError(404, 'not_found');
	return p;
}

function current(p: Awaited<ReturnType<typeof own>>) {
	const x = p.project;
	return {
		poolId: x.poolId,
		title: x.title,
		description: x.description,
		lat: x.lat ?? '',
		lng: x.lng ?? '',
		area: x.area ?? [],
		costItems: x.costItems,
		climateCategory: x.climateCategory ?? '',
		trees: x.climateEffect?.trees ?? '',
		unsealedM2: x.climateEffect?.unsealedM2 ?? '',
		co2eTonnesPerYear: x.climateEffect?.co2eTonnesPerYear ?? '',
		method: x.climateEffect?.method ?? '',
		lang: x.lang
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	if (!(STEPS as readonly string[]).includes(params.step)) httpError(404, 'not_found');
	const p = await own(locals, params.id, params.slug);
	return { p, returnToCheck: url.searchParams.get('return') === 'check', step: params.step as Step, steps: STEPS, costRows: COST_ROWS, mapWidth: PIN_MAP_WIDTH, frame: params.step === 'place' ? frameBox(await mapFrame(locals.ctx.db)) : null };
};

const next = (slug: string, id: string, step: Step) => redirect(303, localizeHref(`/budgets/${slug}/my/${id}/${STEPS[STEPS.indexOf(step) + 1] ?? 'check'}`));
const back = (slug: string, id: string, step: Step) => redirect(303, localizeHref(`/budgets/${slug}/my/${id}/${step}`));

export const actions: Actions = {
	/** Saves this step's answers into the draft and goes on (or back to "check" when changing). */
	save: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const p = await own(locals, params.id, params.slug);
		const step = params.step as Step;
		const form = await request.formData();
		const data: Record<string, unknown> = current(p);
		if (step === 'place') {
			data.lat = form.get('lat') ?? '';
			data.lng = form.get('lng') ?? '';
			data.area = String(form.get('area') ?? '');
		} else if (step === 'cost') {
			const items = [];
			for (let i = 0; i < COST_ROWS; i++) {
				const label = String(form.get(`item${i}_label`) ?? '').trim();
				const amount = String(form.get(`item${i}_amount`) ?? '').replace(/\s/g, '');
				if (label || amount) items.push({ label, amount });
			}
			data.costItems = items;
		} else if (step === 'climate') {
			for (const k of ['climateCategory', 'trees', 'unsealedM2', 'co2eTonnesPerYear', 'method']) data[k] = form.get(k) ?? '';
		}
		const res = await formAction(form, () => saveDraft(locals.ctx, p.project.processId, data, p.project.id));
		if (typeof res !== 'string') return res;
		if (url.searchParams.get('return') === 'check') redirect(303, localizeHref(`/budgets/${params.slug}/my/${params.id}/check`));
		next(params.slug, params.id, step);
	},
	/** No-JavaScript pin: the map is an <input type="image">; the browser sends where it was clicked. */
	pin: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const p = await own(locals, params.id, params.slug);
		const form = await request.formData();
		const x = Number(form.get('map.x'));
		const y = Number(form.get('map.y'));
		if (!Number.isFinite(x) || !Number.isFinite(y)) return { pinned: false };
		const pos = fromXY(await mapFrame(locals.ctx.db), x, y, PIN_MAP_WIDTH);
		const area = form.get('area');
		const res = await formAction(form, () => saveDraft(locals.ctx, p.project.processId, { ...current(p), ...pos, ...(typeof area === 'string' ? { area } : {}) }, p.project.id));
		if (typeof res !== 'string') return res;
		back(params.slug, params.id, 'place');
	},
	photo: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const file = form.get('photo');
		const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
		const res = await formAction(null, () => addPhoto(locals.ctx, params.id, { bytes, alt: form.get('alt') }));
		if (typeof res !== 'string') return res;
		return { photoAdded: true };
	},
	coauthor: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await addCoauthor(locals.ctx, params.id, form.get('email'));
			return { coauthorAdded: true };
		});
	},
	submit: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		const res = await formAction(null, () => submitProject(locals.ctx, params.id));
		if (res && typeof res === 'object' && 'status' in res) return res;
		redirect(303, localizeHref(`/budgets/${params.slug}/projects/${params.id}?submitted=1`));
	}
};
