import { m } from '$lib/i18n';

/** Field labels of the organisation profile, for the error summary. */
export const profileLabels = () => ({
	name: m.organisations_name(),
	kind: m.organisations_kind(),
	krs: m.organisations_krs(),
	nip: m.organisations_nip(),
	areas: m.organisations_areas(),
	'areas.0': m.organisations_areas(),
	districts: m.organisations_districts(),
	description: m.organisations_description(),
	website: m.organisations_website(),
	email: m.organisations_public_email(),
	address: m.organisations_address()
});
