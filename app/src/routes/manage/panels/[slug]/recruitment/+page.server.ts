import type { Actions, PageServerLoad } from './$types';
import { asc } from 'drizzle-orm';
import { addressStats, checkQuotaFeasibility, drawLetters, drawWave, importAddresses, listQuotas, panelIdBySlug, poolComposition, waveStats } from '$lib/server/panels/service';
import { district } from '$lib/server/districts/schema';
import { formAction, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	const db = locals.ctx.db;
	const waves = await waveStats(db, panel.id);
	const districts = await db.select({ id: district.id, roman: district.roman, name: district.name }).from(district).orderBy(asc(district.id));
	return { stats: await addressStats(db, panel.id), composition: await poolComposition(db, panel.id), waves, left: waves.left, districts };
};

export const actions: Actions = {
	import: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(null, async () => {
			const file = form.get('file');
			const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get('csv') ?? '');
			const n = await importAddresses(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), text);
			return { imported: n };
		});
	},
	letters: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const r = await drawLetters(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), { count: form.get('count'), seed: form.get('seed') ?? '' });
			return { lettersDrawn: r.invited };
		});
	},
	/** A further wave of letters to the chosen districts (its own seed, codes and PDF). */
	wave: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const r = await drawWave(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), { count: form.get('wave_count'), seed: form.get('wave_seed') ?? '', districts: form.getAll('districts').map(String) });
			return { waveDrawn: r.wave, waveInvited: r.invited };
		});
	},
	/** The engine's feasibility check of the saved quotas against today's pool (audited, in a worker). */
	feasibility: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		return formAction(null, async () => {
			const id = await panelIdBySlug(locals.ctx.db, params.slug);
			const quotas = await listQuotas(locals.ctx.db, id);
			return { quotaCheck: await checkQuotaFeasibility(locals.ctx, id, { quotas: quotas.map((q) => ({ min: q.min, max: q.max })) }) };
		});
	}
};
