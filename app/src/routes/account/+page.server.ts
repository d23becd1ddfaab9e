import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { getProfile, updateProfile } from '$lib/server/accounts/service';
import { districtGeometries, findDistrictAt, listDistricts } from '$lib/server/districts/service';
import { formAction, requireSignedIn } from '$lib/server/http';
import { ValidationError } from '$lib/server/core/errors';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const profile = await getProfile(locals.ctx);
	const picked = z.coerce.number().int().min(1).max(18).safeParse(url.searchParams.get('district') ?? undefined);
	return {
		profile: {
			name: profile.name,
			email: profile.email,
			districtId: picked.success ? picked.data : profile.districtId,
			birthYear: profile.birthYear,
			locale: profile.locale ?? 'pl',
			demographics: profile.demographics ?? {},
			consent: !!profile.demographicsConsentAt
		},
		districtPicked: picked.success,
		districts: await listDistricts(locals.ctx.db),
		geometries: await districtGeometries(locals.ctx.db)
	};
};

const point = z.object({ lat: z.coerce.number({ error: 'invalid_coordinate' }).min(-90).max(90), lon: z.coerce.number({ error: 'invalid_coordinate' }).min(-180).max(180) });

export const actions: Actions = {
	profile: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateProfile(locals.ctx, {
				name: form.get('name'),
				districtId: form.get('districtId') || null,
				birthYear: form.get('birthYear') || null,
				// A form without the field (an older page) keeps the stored language.
				...(form.has('locale') && { locale: form.get('locale') || null }),
				demographicsConsent: form.get('consent') === 'on',
				demographics: { gender: form.get('gender') ?? '', education: form.get('education') ?? '' }
			});
			return { saved: true };
		});
	},
	locate: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const parsed = point.safeParse({ lat: form.get('lat'), lon: form.get('lon') });
			if (!parsed.success) throw ValidationError.fromZod(parsed.error);
			const id = await findDistrictAt(locals.ctx.db, parsed.data.lon, parsed.data.lat);
			if (!id) throw new ValidationError({ lat: 'outside_krakow' });
			return { located: id };
		});
	}
};
