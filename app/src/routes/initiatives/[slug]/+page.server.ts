import type { PageServerLoad } from './$types';
import { getProgramme, listRegister } from '$lib/server/initiatives';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const p = await loadOr404(() => getProgramme(locals.ctx, params.slug));
	const rows = await listRegister(locals.ctx, { programme: p.process.id });
	return { p, rows, signedIn: !!locals.actor };
};
