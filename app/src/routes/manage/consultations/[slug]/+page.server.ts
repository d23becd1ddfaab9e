import type { Actions, PageServerLoad } from './$types';
import { getConsultation, saveConsultationSettings, MINIMUMS } from '$lib/server/consultations';
import { AGE_BANDS, FORMS, STAKEHOLDERS } from '$lib/server/consultations/schema';
import { listDistricts } from '$lib/server/districts/service';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals }) => ({
	districts: await listDistricts(locals.ctx.db),
	ageBands: AGE_BANDS,
	forms: FORMS,
	stakeholders: STAKEHOLDERS,
	minimums: MINIMUMS,
	isAdmin: locals.actor?.role === 'admin'
});

/** Dates are typed in Kraków's time (datetime-local) and stored as instants. */
function krakow(v: FormDataEntryValue | null): string {
	const s = String(v ?? '').trim();
	if (!s) return '';
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s)) return s; // the service reports invalid_date
	const local = s.length === 10 ? `${s}T00:00` : s;
	const guess = new Date(`${local}:00Z`);
	const offset = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Warsaw' })).getTime() - new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
	return new Date(guess.getTime() - offset).toISOString();
}

export const actions: Actions = {
	default: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
		// What was typed comes back on an error, checkboxes included (GOV.UK: nothing is lost).
		const submitted = {
			targetDistricts: form.getAll('targetDistricts').map(Number),
			targetAgeBands: form.getAll('targetAgeBands').map(String),
			targetStakeholders: form.getAll('targetStakeholders').map(String),
			forms: form.getAll('forms').map(String),
			infoStartsAt: String(form.get('infoStartsAt') ?? ''),
			startsAt: String(form.get('startsAt') ?? ''),
			endsAt: String(form.get('endsAt') ?? ''),
			reportDueAt: String(form.get('reportDueAt') ?? ''),
			surveyAnonymous: form.get('surveyAnonymous') === 'on',
			surveyIntro: String(form.get('surveyIntro') ?? ''),
			durationOverrideReason: String(form.get('overrideReason') ?? '')
		};
		const result = await formAction(form, async () => {
			const { warnings } = await saveConsultationSettings(locals.ctx, c.process.id, {
				targetDistricts: form.getAll('targetDistricts'),
				targetAgeBands: form.getAll('targetAgeBands'),
				targetStakeholders: form.getAll('targetStakeholders'),
				forms: form.getAll('forms'),
				infoStartsAt: krakow(form.get('infoStartsAt')),
				startsAt: krakow(form.get('startsAt')),
				endsAt: krakow(form.get('endsAt')),
				reportDueAt: krakow(form.get('reportDueAt')),
				surveyAnonymous: form.get('surveyAnonymous') ?? '',
				surveyIntro: form.get('surveyIntro') ?? '',
				overrideReason: form.get('overrideReason') ?? ''
			});
			return { saved: true, warnings };
		});
		if (result && 'status' in result && 'data' in result) (result.data as Record<string, unknown>).submitted = submitted;
		return result;
	}
};
