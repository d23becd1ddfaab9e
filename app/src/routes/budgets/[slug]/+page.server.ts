import type { PageServerLoad } from './$types';
import { getEdition, listProjects, myProjects, hasVoted } from '$lib/server/budgets/service';
import { mapFrame, toXY } from '$lib/server/budgets/map';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const projects = await listProjects(locals.ctx, ed.process.id, ed.phase === 'voting' || ed.phase === 'results' || ed.phase === 'implementation' ? { status: 'accepted' } : {});
	const frame = await mapFrame(locals.ctx.db);
	return {
		ed,
		frame,
		pins: projects.filter((p) => p.lat !== null && p.lng !== null).slice(0, 300).map((p) => ({ ...toXY(frame, p.lng!, p.lat!), href: `/budgets/${ed.process.slug}/projects/${p.id}`, title: p.title })),
		count: projects.length,
		climateCount: projects.filter((p) => p.climateCategory).length,
		mine: await myProjects(locals.ctx, ed.process.id),
		voted: await hasVoted(locals.ctx, ed.process.id)
	};
};
