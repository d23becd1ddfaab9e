import type { PageServerLoad } from './$types';
import { listMeetings } from '$lib/server/meetings';
import { listSessions, myPartners, listThemes } from '$lib/server/consultations';
import { listDistricts } from '$lib/server/districts/service';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		meetings: await listMeetings(locals.ctx, { processId: c.process.id }),
		sessions: await listSessions(locals.ctx, c.process.id),
		partners: await myPartners(locals.ctx, c.process.id),
		themes: await listThemes(locals.ctx.db, c.process.id),
		districts: await listDistricts(locals.ctx.db)
	};
};
