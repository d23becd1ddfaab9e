import { p as process } from './schema4.js-DVO4fwmJ.js';
import { l as getConsultation } from './consultations.js-CWe6i0oK.js';
import { eq } from 'drizzle-orm';

// src/routes/api/v1/consultations/public.ts
/** A consultation by slug or id (published or closed only: drafts are 404 for the public). */
async function consultationByKey(ctx, key) {
	const slug = /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(key) ? (await ctx.db.select({ slug: process.slug }).from(process).where(eq(process.id, key)))[0]?.slug ?? key : key;
	return getConsultation(ctx, slug.slice(0, 200));
}
function publicConsultation(c) {
	const p = c.process;
	const s = c.settings;
	return {
		id: p.id,
		slug: p.slug,
		title: p.title,
		description: p.description,
		status: p.status,
		stage: c.stage,
		districtId: p.districtId,
		topics: p.topics,
		scope: {
			decided: p.scopeDecided,
			open: p.scopeOpen,
			whoDecides: p.scopeWhoDecides,
			when: p.scopeWhen
		},
		responsibleOfficials: c.officials,
		dates: {
			informationStartsAt: s.infoStartsAt,
			startsAt: s.startsAt,
			endsAt: s.endsAt,
			reportDueAt: s.reportDueAt,
			durationOverrideReason: s.durationOverrideReason
		},
		forms: s.forms,
		targetGroups: {
			districts: s.targetDistricts,
			ageBands: s.targetAgeBands,
			stakeholders: s.targetStakeholders
		},
		surveyAnonymous: s.surveyAnonymous,
		submissions: c.answered,
		reportPublishedAt: s.reportPublishedAt
	};
}

export { consultationByKey as c, publicConsultation as p };
//# sourceMappingURL=public2.js-RbWgtPFe.js.map
