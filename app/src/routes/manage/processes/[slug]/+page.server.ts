import type { Actions, PageServerLoad } from './$types';
import { assignOfficial, getProcess, processOfficials, setProcessStatus, unassignOfficial, updateProcess } from '$lib/server/processes/service';
import { processRules } from '$lib/server/processes/permissions';
import { processFromForm, PHASE_ROWS } from '$lib/server/processes/form';
import { CLIMATE_TOPICS, MECHANISMS } from '$lib/server/processes/schema';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const process = await loadOr404(() => getProcess(locals.ctx, params.slug));
	if (!process.canManage) httpError(403, 'forbidden');
	// Who runs the process: the admin assigns officials here (an official cannot see it).
	const officials = processRules.assignOfficials(locals.ctx.actor) ? await processOfficials(locals.ctx, process.id) : null;
	return { process, officials, created: url.searchParams.has('created'), districts: await listDistricts(locals.ctx.db), mechanisms: MECHANISMS, topics: CLIMATE_TOPICS, rows: PHASE_ROWS };
};

export const actions: Actions = {
	save: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			await updateProcess(locals.ctx, p.id, processFromForm(form));
			return { saved: true };
		});
	},
	status: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			const status = String(form.get('status'));
			if (status !== 'draft' && status !== 'published' && status !== 'closed') httpError(400, 'invalid_choice');
			await setProcessStatus(locals.ctx, p.id, status, String(form.get('outcome') ?? '') || undefined);
			return { statusSaved: true };
		});
	},
	assign: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			await assignOfficial(locals.ctx, p.id, String(form.get('userId') ?? ''));
			return { officialsSaved: true };
		});
	},
	unassign: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const p = await loadOr404(() => getProcess(locals.ctx, params.slug));
		return formAction(form, async () => {
			await unassignOfficial(locals.ctx, p.id, String(form.get('userId') ?? ''));
			return { officialsSaved: true };
		});
	}
};
