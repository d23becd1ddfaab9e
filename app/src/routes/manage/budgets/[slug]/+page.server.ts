import type { Actions, PageServerLoad } from './$types';
import { addPool, advancePhase, updateEditionRules, verificationQueue } from '$lib/server/budgets/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { managedEdition as managed } from '../managed';
import { listDistricts } from '$lib/server/districts/service';
import { editionFromForm } from '../form';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	return { ed, queue: await verificationQueue(locals.ctx, ed.process.id), districts: await listDistricts(locals.ctx.db) };
};

export const actions: Actions = {
	rules: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateEditionRules(locals.ctx, ed.process.id, editionFromForm(form));
			return { saved: 'rules' };
		});
	},
	pool: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await addPool(locals.ctx, ed.process.id, { kind: form.get('kind'), districtId: form.get('districtId') || null, name: form.get('name'), amount: form.get('amount'), minCost: form.get('minCost') || 0, maxCost: form.get('maxCost'), rule: form.get('rule') });
			return { saved: 'pool' };
		});
	},
	phase: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			const to = String(form.get('to'));
			if (!['support', 'verification', 'appeals', 'voting', 'results', 'implementation'].includes(to)) throw new (await import('$lib/server/core/errors')).ValidationError({ to: 'required' });
			await advancePhase(locals.ctx, ed.process.id, to as 'voting');
			return { saved: 'phase' };
		});
	}
};
