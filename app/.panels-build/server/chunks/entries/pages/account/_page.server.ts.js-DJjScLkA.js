import { ad as getProfile, ae as updateProfile } from '../../../chunks/service.js-DgzZ8ueJ.js';
import { d as districtGeometries, l as listDistricts, f as findDistrictAt } from '../../../chunks/service6.js-3cKmcDH6.js';
import { r as requireSignedIn, f as formAction } from '../../../chunks/http.js-DEPnrH4W.js';
import { V as ValidationError } from '../../../chunks/errors2.js-qlgBpaJE.js';
import { z } from 'zod';

// src/routes/account/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const profile = await getProfile(locals.ctx);
	const picked = z.coerce.number().int().min(1).max(18).safeParse(url.searchParams.get("district") ?? void 0);
	return {
		profile: {
			name: profile.name,
			email: profile.email,
			districtId: picked.success ? picked.data : profile.districtId,
			birthYear: profile.birthYear,
			demographics: profile.demographics ?? {},
			consent: !!profile.demographicsConsentAt
		},
		districtPicked: picked.success,
		districts: await listDistricts(locals.ctx.db),
		geometries: await districtGeometries(locals.ctx.db)
	};
};
var point = z.object({
	lat: z.coerce.number({ error: "invalid_coordinate" }).min(-90).max(90),
	lon: z.coerce.number({ error: "invalid_coordinate" }).min(-180).max(180)
});
var actions = {
	profile: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await updateProfile(locals.ctx, {
				name: form.get("name"),
				districtId: form.get("districtId") || null,
				birthYear: form.get("birthYear") || null,
				demographicsConsent: form.get("consent") === "on",
				demographics: {
					gender: form.get("gender") ?? "",
					education: form.get("education") ?? ""
				}
			});
			return { saved: true };
		});
	},
	locate: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const parsed = point.safeParse({
				lat: form.get("lat"),
				lon: form.get("lon")
			});
			if (!parsed.success) throw ValidationError.fromZod(parsed.error);
			const id = await findDistrictAt(locals.ctx.db, parsed.data.lon, parsed.data.lat);
			if (!id) throw new ValidationError({ lat: "outside_krakow" });
			return { located: id };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DJjScLkA.js.map
