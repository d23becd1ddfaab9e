import type { Actions, PageServerLoad } from './$types';
import { getPool, updatePool } from '$lib/server/budgets/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { managedEdition as managed } from '../../../managed';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	const pool = await loadOr404(() => getPool(locals.ctx, ed.process.id, params.poolId));
	return { ed: { slug: ed.process.slug, title: ed.process.title, frozen: ed.frozen }, pool };
};

export const actions: Actions = {
	/** Amount, cost limits and counting rule (kind and district stay); refused once voting opened. */
	save: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const pool = await loadOr404(() => getPool(locals.ctx, ed.process.id, params.poolId));
		const form = await request.formData();
		return formAction(form, async () => {
			await updatePool(locals.ctx, pool.id, { kind: pool.kind, districtId: pool.districtId, name: form.get('name'), amount: form.get('amount'), minCost: form.get('minCost') || 0, maxCost: form.get('maxCost'), rule: form.get('rule') });
			return { saved: 'pool' };
		});
	}
};
