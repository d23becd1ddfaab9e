import type { ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from '../http';
import { writtenIn } from '$lib/server/contentLang';

/** The profile fields of a submitted form (checkbox groups as lists). */
export function profileFromForm(form: FormData) {
	return {
		name: form.get('name'),
		kind: form.get('kind') || undefined,
		krs: form.get('krs') ?? '',
		nip: form.get('nip') ?? '',
		description: form.get('description') ?? '',
		areas: form.getAll('areas'),
		districts: form.getAll('districts'),
		website: form.get('website') ?? '',
		email: form.get('email') ?? '',
		address: form.get('address') ?? '',
		lang: writtenIn(form)
	};
}

/** A refused profile form comes back with everything typed, checkbox groups included. */
export function typedProfile(failure: ActionFailure<FormFailure>, form: FormData) {
	const text = (k: string) => String(form.get(k) ?? '');
	failure.data = Object.assign(failure.data, {
		typed: { name: text('name'), kind: text('kind'), krs: text('krs'), nip: text('nip'), description: text('description'), website: text('website'), email: text('email'), address: text('address'), lang: text('lang'), areas: form.getAll('areas').map(String), districts: form.getAll('districts').map(String) }
	});
	return failure as ActionFailure<FormFailure & { typed: ReturnType<typeof typedValues> }>;
}
function typedValues() {
	return { name: '', kind: '', krs: '', nip: '', description: '', website: '', email: '', address: '', lang: '', areas: [] as string[], districts: [] as string[] };
}
