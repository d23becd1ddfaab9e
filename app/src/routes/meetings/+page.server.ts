import type { PageServerLoad } from './$types';
import { listMeetings } from '$lib/server/meetings';

export const load: PageServerLoad = async ({ locals }) => {
	const all = await listMeetings(locals.ctx);
	const now = locals.ctx.now();
	return { upcoming: all.filter((m) => m.endsAt > now), past: all.filter((m) => m.endsAt <= now).reverse() };
};
