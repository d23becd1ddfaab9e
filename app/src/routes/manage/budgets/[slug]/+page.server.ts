import type { Actions, PageServerLoad } from './$types';
import { addCouncilMember, addPool, councilMembers, removeCouncilMember, updateAppealSettings, updateEditionRules, verificationQueue } from '$lib/server/budgets/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { managedEdition as managed } from '../managed';
import { listDistricts } from '$lib/server/districts/service';
import { editionFromForm } from '../form';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	return { ed, queue: await verificationQueue(locals.ctx, ed.process.id), districts: await listDistricts(locals.ctx.db), council: await councilMembers(locals.ctx, ed.process.id), done: url.searchParams.get('done') };
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
	appeals: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateAppealSettings(locals.ctx, ed.process.id, { appealDecidedBy: form.get('appealDecidedBy') });
			return { saved: 'appeals' };
		});
	},
	councilAdd: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await addCouncilMember(locals.ctx, ed.process.id, form.get('email'));
			return { saved: 'council' };
		});
	},
	councilRemove: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		return formAction(form, async () => {
			await removeCouncilMember(locals.ctx, ed.process.id, String(form.get('userId') ?? ''));
			return { saved: 'council' };
		});
	}
};
