import type { Actions, PageServerLoad } from './$types';
import { cancelRegistration, getMeeting, meetingRegistrations, recordMeetingOutcome, registerForMeeting } from '$lib/server/meetings';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const meeting = await loadOr404(() => getMeeting(locals.ctx, params.id));
	return { meeting, registrations: meeting.canManage ? await meetingRegistrations(locals.ctx, params.id) : [], signedIn: !!locals.actor };
};

export const actions: Actions = {
	register: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		return formAction(null, async () => ({ registration: await registerForMeeting(locals.ctx, params.id) }));
	},
	cancel: async ({ locals, params, url }) => {
		requireSignedIn(locals, url);
		return formAction(null, async () => {
			await cancelRegistration(locals.ctx, params.id);
			return { cancelled: true };
		});
	},
	record: async ({ locals, params, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const photos = [];
			for (let i = 0; i < 3; i++) {
				const u = String(form.get(`photo${i}_url`) ?? '').trim();
				const alt = String(form.get(`photo${i}_alt`) ?? '').trim();
				if (u || alt) photos.push({ url: u, alt });
			}
			await recordMeetingOutcome(locals.ctx, params.id, { minutes: form.get('minutes') ?? '', photos });
			return { recorded: true };
		});
	}
};
