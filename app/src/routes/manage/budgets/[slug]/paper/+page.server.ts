import type { Actions, PageServerLoad } from './$types';
import { ballotSheet, enterPaperBallot, paperEntries } from '$lib/server/budgets/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { managedEdition as managed } from '../../managed';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await managed(locals, params.slug);
	return { ed, sheet: await ballotSheet(locals.ctx, ed.process.id), entries: await paperEntries(locals.ctx, ed.process.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await managed(locals, params.slug);
		const form = await request.formData();
		const sheet = await ballotSheet(locals.ctx, ed.process.id);
		const parts: Record<string, { projects: string[] }> = {};
		for (const pool of sheet.pools) {
			const ids: string[] = [];
			for (let k = 1; k <= 10; k++) {
				const v = String(form.get(`rank-${pool.id}-${k}`) ?? '');
				if (v) ids.push(v);
			}
			for (const v of form.getAll(`pick-${pool.id}`)) ids.push(String(v));
			if (ids.length) parts[pool.id] = { projects: ids };
		}
		return formAction(form, async () => ({ paper: await enterPaperBallot(locals.ctx, ed.process.id, { paperNumber: form.get('paperNumber'), parts }) }));
	}
};
