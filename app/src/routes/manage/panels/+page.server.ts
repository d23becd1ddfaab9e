import type { PageServerLoad } from './$types';
import { listManagedProcesses } from '$lib/server/processes/service';
import { listPanels } from '$lib/server/panels/service';
import { processRules } from '$lib/server/processes/permissions';
import { loadOr404, requireSignedIn, httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) httpError(403, 'forbidden');
	const mine = await loadOr404(() => listManagedProcesses(locals.ctx));
	return { panels: await listPanels(locals.ctx.db, { includeDrafts: true, ids: mine.filter((p) => p.mechanism === 'panel').map((p) => p.id) }) };
};
