import { writtenIn } from '$lib/server/contentLang';
/** Reads the process form (no JavaScript needed: a fixed number of phase rows, blanks ignored). */
export const PHASE_ROWS = 6;

export function processFromForm(form: FormData) {
	const phases = [];
	for (let i = 0; i < PHASE_ROWS; i++) {
		const name = String(form.get(`phase${i}_name`) ?? '').trim();
		const startsAt = String(form.get(`phase${i}_start`) ?? '');
		const endsAt = String(form.get(`phase${i}_end`) ?? '');
		if (name || startsAt || endsAt) phases.push({ name, startsAt, endsAt });
	}
	return {
		mechanism: form.get('mechanism'),
		title: form.get('title'),
		description: form.get('description'),
		scopeDecided: form.get('scopeDecided') ?? '',
		scopeOpen: form.get('scopeOpen') ?? '',
		scopeWhoDecides: form.get('scopeWhoDecides') ?? '',
		scopeWhen: form.get('scopeWhen') ?? '',
		districtId: form.get('districtId') || null,
		topics: form.getAll('topics'),
		phases,
		lang: writtenIn(form)
	};
}
