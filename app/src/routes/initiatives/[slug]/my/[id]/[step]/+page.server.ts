import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { addMember, getApplication, placePin, removeMember, saveApplicationStep, submitApplication, type EditableStep } from '$lib/server/initiatives';
import { APPLICATION_STEPS, type ApplicationStep } from '$lib/initiatives/lists';
import { mapFrame, fromXY } from '$lib/server/budgets/map';
import { httpError, formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { writtenIn } from '$lib/server/contentLang';

/** The no-JavaScript map is this wide on the page; the click's x/y are read against it. */
const PIN_MAP_WIDTH = 320;

/** The fields each page sends (anything else in the form is ignored). */
const FIELDS: Record<EditableStep, string[]> = {
	what: ['title', 'description', 'theme', 'beneficiaries'],
	place: ['lat', 'lng', 'placeDescription'],
	when: ['startsOn', 'endsOn'],
	contribution: ['workHours', 'workDescription', 'goodsValue', 'goodsDescription', 'moneyAmount'],
	request: ['requestedAmount', 'cityTasks']
};

async function draft(locals: App.Locals, params: { slug: string; id: string }) {
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (!v.canAct || v.process.slug !== params.slug) httpError(404, 'initiatives_application_not_found');
	return v;
}

const here = (p: { slug: string; id: string }, step: string, check = false) => localizeHref(`/initiatives/${p.slug}/my/${p.id}/${step}${check ? '?return=check' : ''}`);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	if (!(APPLICATION_STEPS as readonly string[]).includes(params.step)) httpError(404, 'not_found');
	const v = await draft(locals, params);
	// Once submitted the application is the city's to assess: its page shows it.
	if (v.application.status !== 'draft') redirect(303, localizeHref(`/initiatives/${params.slug}/applications/${params.id}`));
	const f = params.step === 'place' ? await mapFrame(locals.ctx.db) : null;
	return { v, step: params.step as ApplicationStep, steps: APPLICATION_STEPS, returnToCheck: url.searchParams.get('return') === 'check', mapWidth: PIN_MAP_WIDTH, frame: f ? { w: f.w, h: f.h, box: f.box } : null };
};

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const step = params.step as EditableStep;
		if (!(step in FIELDS)) httpError(404, 'not_found');
		const form = await request.formData();
		const input: Record<string, string> = Object.fromEntries(FIELDS[step].map((k) => [k, String(form.get(k) ?? '')]));
		if (step === 'what') input.lang = writtenIn(form);
		const res = await formAction(form, async () => saveApplicationStep(locals.ctx, params.id, step, input));
		if (res !== undefined) return res;
		const back = url.searchParams.get('return') === 'check';
		redirect(303, back ? here(params, 'check') : here(params, APPLICATION_STEPS[APPLICATION_STEPS.indexOf(step) + 1]));
	},
	/** Without JavaScript the map is an <input type="image">: the browser sends where it was clicked. */
	pin: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const x = Number(form.get('map.x'));
		const y = Number(form.get('map.y'));
		if (!Number.isFinite(x) || !Number.isFinite(y)) return { pinned: false };
		const point = fromXY(await mapFrame(locals.ctx.db), x, y, PIN_MAP_WIDTH);
		const res = await formAction(form, async () => placePin(locals.ctx, params.id, point));
		if (res !== undefined) return res;
		redirect(303, here(params, 'place', url.searchParams.get('return') === 'check'));
	},
	addMember: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await addMember(locals.ctx, params.id, { fullName: form.get('fullName') ?? '', email: form.get('email') ?? '' });
			return { memberAdded: String(form.get('fullName') ?? '').trim() };
		});
	},
	removeMember: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await removeMember(locals.ctx, params.id, String(form.get('memberId') ?? ''));
			return { memberRemoved: true };
		});
	},
	submit: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const res = await formAction(form, () => submitApplication(locals.ctx, params.id, { declaration: form.get('declaration') ?? '' }));
		if (res && 'number' in res) redirect(303, localizeHref(`/initiatives/${params.slug}/my/${params.id}/submitted`));
		return res;
	}
};
