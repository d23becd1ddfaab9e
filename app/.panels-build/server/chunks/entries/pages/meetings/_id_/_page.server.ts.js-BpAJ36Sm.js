import { e as meetingRegistrations, g as getMeeting, f as recordMeetingOutcome, h as cancelRegistration, r as registerForMeeting } from '../../../../chunks/service5.js-o-XsimG-.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/meetings/[id]/+page.server.ts
var load = async ({ locals, params }) => {
	const meeting = await loadOr404(() => getMeeting(locals.ctx, params.id));
	return {
		meeting,
		registrations: meeting.canManage ? await meetingRegistrations(locals.ctx, params.id) : [],
		signedIn: !!locals.actor
	};
};
var actions = {
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
				const u = String(form.get(`photo${i}_url`) ?? "").trim();
				const alt = String(form.get(`photo${i}_alt`) ?? "").trim();
				if (u || alt) photos.push({
					url: u,
					alt
				});
			}
			await recordMeetingOutcome(locals.ctx, params.id, {
				minutes: form.get("minutes") ?? "",
				photos
			});
			return { recorded: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BpAJ36Sm.js.map
