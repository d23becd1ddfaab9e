import type { Actions, PageServerLoad } from './$types';
import { fail, redirect } from '@sveltejs/kit';
import { ballotSheet, checkBallot, getEdition } from '$lib/server/budgets/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { encodeBallot } from '$lib/budgets/labels';
import { localizeHref } from '$lib/paraglide/runtime';

async function sheetFor(locals: App.Locals, slug: string, district: string | null) {
	const ed = await loadOr404(() => getEdition(locals.ctx, slug));
	const sheet = await ballotSheet(locals.ctx, ed.process.id);
	const pools = sheet.pools.filter((p) => p.kind !== 'district' || p.id === district);
	return { ed, pools };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const district = url.searchParams.get('district') || null;
	return { ...(await sheetFor(locals, params.slug, district)), district };
};

/** Reads the ballot form (no JavaScript): ranked selects, checkboxes or point fields per pool. */
function partsFromForm(form: FormData, pools: { id: string; projects: { id: string }[] }[], kind: string) {
	const parts: Record<string, { projects: string[]; points?: number[] }> = {};
	for (const pool of pools) {
		if (kind === 'krakow') {
			const ids: string[] = [];
			for (let k = 1; k <= 10; k++) {
				const v = String(form.get(`rank-${pool.id}-${k}`) ?? '');
				if (v) ids.push(v);
			}
			parts[pool.id] = { projects: ids };
		} else if (kind === 'cumulative') {
			const ids: string[] = [];
			const pts: number[] = [];
			for (const p of pool.projects) {
				const raw = String(form.get(`pts-${pool.id}-${p.id}`) ?? '').trim();
				if (raw === '' || raw === '0') continue;
				ids.push(p.id);
				pts.push(Number(raw));
			}
			parts[pool.id] = { projects: ids, points: pts };
		} else {
			parts[pool.id] = { projects: form.getAll(`pick-${pool.id}`).map(String) };
		}
	}
	return parts;
}

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const district = url.searchParams.get('district') || null;
		const { ed, pools } = await sheetFor(locals, params.slug, district);
		const form = await request.formData();
		const parts = partsFromForm(form, pools, ed.edition.ballotKind);
		const res = await formAction(form, () => checkBallot(locals.ctx, ed.process.id, { parts, districtPoolId: district }));
		if (!Array.isArray(res)) return res ?? fail(400, {});
		redirect(303, localizeHref(`/budgets/${params.slug}/vote/check?b=${encodeURIComponent(encodeBallot(parts))}${district ? `&district=${district}` : ''}`));
	}
};
