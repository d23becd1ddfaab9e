import type { RequestHandler } from './$types';
import { listConsultations } from '$lib/server/consultations';
import { apiCall, csvResponse } from '$lib/server/http';

const d = (x: Date | null) => (x ? x.toISOString() : '');
export const GET: RequestHandler = ({ locals }) =>
	apiCall(async () => {
		const list = await listConsultations(locals.ctx);
		return csvResponse(
			'consultations.csv',
			['id', 'slug', 'title', 'status', 'stage', 'district_id', 'topics', 'information_starts_at', 'starts_at', 'ends_at', 'report_due_at', 'forms', 'target_districts', 'target_age_bands', 'target_stakeholders', 'report_published_at'],
			list.map((c) => [c.id, c.slug, c.title, c.status, c.stage, c.districtId, c.topics.join('|'), d(c.settings.infoStartsAt), d(c.settings.startsAt), d(c.settings.endsAt), d(c.settings.reportDueAt), c.settings.forms.join('|'), c.settings.targetDistricts.join('|'), c.settings.targetAgeBands.join('|'), c.settings.targetStakeholders.join('|'), d(c.settings.reportPublishedAt)])
		);
	});
