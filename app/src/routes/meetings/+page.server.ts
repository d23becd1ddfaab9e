import type { PageServerLoad } from './$types';
import { listMeetings, sendMeetingReminders } from '$lib/server/meetings';

export const load: PageServerLoad = async ({ locals }) => {
	// No scheduler in the app yet: due reminders go out (once each) when the list is visited.
	await sendMeetingReminders(locals.ctx.db, locals.ctx.now());
	const all = await listMeetings(locals.ctx);
	const now = locals.ctx.now();
	return { upcoming: all.filter((m) => m.endsAt > now), past: all.filter((m) => m.endsAt <= now).reverse() };
};
