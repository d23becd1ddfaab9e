import type { Actions, PageServerLoad } from './$types';
import { addProgressUpdate, prepareAgreement, recordPayment, reviewReport, saveAssessment, signAgreement } from '$lib/server/initiatives';
import { warsawDay } from '$lib/server/initiatives/common';
import { getDistrict } from '$lib/server/districts/service';
import { formAction } from '$lib/server/http';
import { managedApplication } from './managedApplication';

const AGREEMENT_FIELDS = ['startsOn', 'endsOn', 'cityTasks', 'groupTasks', 'workHours', 'goodsValue', 'moneyAmount', 'cityAmount'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const v = await managedApplication(locals, url, params);
	const d = v.application.districtId ? await getDistrict(locals.ctx.db, v.application.districtId) : null;
	return { v, district: d ? `${d.roman}. ${d.name}` : null, today: warsawDay(new Date()), done: url.searchParams.get('done') };
};

const saved = (what: string) => ({ saved: what });

export const actions: Actions = {
	assess: async ({ locals, params, request, url }) => {
		const v = await managedApplication(locals, url, params);
		const form = await request.formData();
		const scores = Object.fromEntries(v.criteria.map((c) => [c.id, { score: form.get(`score.${c.id}`) ?? '', justification: form.get(`justification.${c.id}`) ?? '' }]));
		return formAction(form, async () => (await saveAssessment(locals.ctx, params.id, { scores }), saved('assessment')));
	},
	agreement: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		const input = Object.fromEntries(AGREEMENT_FIELDS.map((k) => [k, String(form.get(k) ?? '')]));
		return formAction(form, async () => (await prepareAgreement(locals.ctx, params.id, input), saved('agreement')));
	},
	sign: async ({ locals, params, url }) => {
		await managedApplication(locals, url, params);
		return formAction(null, async () => (await signAgreement(locals.ctx, params.id), saved('signed')));
	},
	payment: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		return formAction(form, async () => (await recordPayment(locals.ctx, params.id, { amount: form.get('amount') ?? '', description: form.get('description') ?? '', paidOn: form.get('paidOn') ?? '' }), saved('payment')));
	},
	update: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		const file = form.get('photo');
		const photo = file instanceof File && file.size > 0 ? Buffer.from(await file.arrayBuffer()) : null;
		return formAction(form, async () => (await addProgressUpdate(locals.ctx, params.id, { body: form.get('body') ?? '', alt: form.get('alt') ?? '', photo }), saved('update')));
	},
	review: async ({ locals, params, request, url }) => {
		await managedApplication(locals, url, params);
		const form = await request.formData();
		return formAction(form, async () => (await reviewReport(locals.ctx, params.id, { verdict: form.get('verdict') ?? '', note: form.get('note') ?? '' }), saved('review')));
	}
};
