import type { Actions, PageServerLoad } from './$types';
import { listPool, panelIdBySlug, replaceDropout } from '$lib/server/panels/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	const rows = await loadOr404(() => listPool(locals.ctx, panel.id, 'pool page'));
	return { rows: rows.map((r) => ({ id: r.id, rowIndex: r.rowIndex, name: r.name, email: r.email, phone: r.phone, postalAddress: r.postalAddress, channel: r.channel, channelPlace: r.channelPlace, answers: r.answers, availability: r.availability, status: r.status, reserveRank: r.reserveRank, probability: r.probability === null ? null : Number(r.probability), purged: !!r.purgedAt })) };
};

export const actions: Actions = {
	replace: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const r = await replaceDropout(locals.ctx, await panelIdBySlug(locals.ctx.db, params.slug), String(form.get('volunteerId') ?? ''));
			return { replaced: r.replacementRow, quotasHold: r.quotasHold };
		});
	}
};
