import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { ballotSheet, castBallot, checkBallot, getEdition, newReceipt } from '$lib/server/budgets/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { decodeBallot } from '$lib/budgets/labels';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const b = url.searchParams.get('b') ?? '';
	const district = url.searchParams.get('district') || null;
	const parts = decodeBallot(b);
	const checked = await loadOr404(() => checkBallot(locals.ctx, ed.process.id, { parts, districtPoolId: district }));
	const sheet = await ballotSheet(locals.ctx, ed.process.id);
	const summary = checked.map((c) => {
		const pool = sheet.pools.find((p) => p.id === c.poolId)!;
		return { poolId: c.poolId, name: pool.name, choices: c.projectIds.map((id, k) => ({ title: pool.projects.find((p) => p.id === id)?.title ?? id, points: c.points[k] })) };
	});
	// The receipt is fixed now, so that sending this page twice gives the same receipt.
	return { ed, b, district, summary, receipt: newReceipt() };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
		const form = await request.formData();
		const res = await formAction(form, () =>
			castBallot(locals.ctx, ed.process.id, {
				residence: form.get('residence') === 'yes',
				birthYear: form.get('birthYear') ?? undefined,
				receipt: form.get('receipt') ?? undefined,
				districtPoolId: form.get('district') || null,
				parts: decodeBallot(String(form.get('b') ?? ''))
			})
		);
		if (res && 'receipt' in res) redirect(303, localizeHref(`/budgets/${params.slug}/vote/done?r=${encodeURIComponent(res.receipt)}`));
		return res;
	}
};
