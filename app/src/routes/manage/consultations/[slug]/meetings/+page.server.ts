import type { Actions, PageServerLoad } from './$types';
import { getConsultation } from '$lib/server/consultations';
import { createMeeting, listProcessMeetings } from '$lib/server/meetings';
import { MEETING_FORMATS } from '$lib/server/meetings/schema';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { meetings: await listProcessMeetings(locals.ctx.db, c.process.id), formats: MEETING_FORMATS, districts: await listDistricts(locals.ctx.db) };
};

function krakow(v: FormDataEntryValue | null): string {
	const s = String(v ?? '').trim();
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return s;
	const guess = new Date(`${s}:00Z`);
	const offset = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Warsaw' })).getTime() - new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
	return new Date(guess.getTime() - offset).toISOString();
}

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({
			created: await createMeeting(locals.ctx, {
				processId: c.process.id,
				title: form.get('title'),
				description: form.get('description') ?? '',
				format: form.get('format'),
				place: form.get('place') ?? '',
				link: form.get('link') ?? '',
				districtId: form.get('districtId') ?? '',
				startsAt: krakow(form.get('startsAt')),
				endsAt: krakow(form.get('endsAt')),
				capacity: form.get('capacity') ?? '',
				lang: writtenIn(form)
			})
		}));
	}
};
