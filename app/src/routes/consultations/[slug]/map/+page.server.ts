import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { addPin, getConsultation, listPins, publicAnswers } from '$lib/server/consultations';
import { districtGeometries } from '$lib/server/districts/service';
import { CLIMATE_TOPICS } from '$lib/server/processes/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { writtenIn } from '$lib/server/contentLang';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { c } = await parent();
	if (!c.settings.forms.includes('map')) redirect(303, localizeHref(`/consultations/${c.process.slug}`));
	const topicParam = url.searchParams.get('topic') ?? '';
	const topic = (CLIMATE_TOPICS as readonly string[]).includes(topicParam) ? topicParam : '';
	const answers = await publicAnswers(locals.ctx, c.process.id);
	const themes = Object.fromEntries(answers.themes.map((t) => [t.id, t]));
	const answerOf = Object.fromEntries(answers.submissions.filter((s) => s.kind === 'pin').map((s) => [s.id, s.status ?? (s.themeId ? themes[s.themeId]?.status : null) ?? null]));
	return { pins: await listPins(locals.ctx, c.process.id, topic || undefined), topic, topics: CLIMATE_TOPICS, districts: await districtGeometries(locals.ctx.db), canPin: !!locals.actor?.emailVerified, answerOf };
};

export const actions: Actions = {
	pin: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		return formAction(form, async () => ({ pinned: await addPin(locals.ctx, c.process.id, { topic: form.get('topic'), lat: form.get('lat'), lon: form.get('lon'), body: form.get('body'), lang: writtenIn(form) }) }));
	}
};
