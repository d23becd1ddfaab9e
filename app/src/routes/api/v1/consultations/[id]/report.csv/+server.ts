import type { RequestHandler } from './$types';
import { getReport } from '$lib/server/consultations';
import { apiCall, csvResponse } from '$lib/server/http';
import { consultationByKey } from '../../public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const c = await consultationByKey(locals.ctx, params.id);
		const r = await getReport(locals.ctx, c.process.id);
		return csvResponse(
			`report-${c.process.slug}.csv`,
			['district_id', 'district', 'survey', 'document', 'map', 'meetings', 'partners', 'total', 'share_pct', 'population', 'population_share_pct', 'per_10k', 'targeted'],
			[...r.participation.byDistrict.map((d) => [d.id, d.name, d.byForm.survey, d.byForm.document, d.byForm.map, d.byForm.meetings, d.byForm.partners, d.total, d.share, d.population, d.populationShare, d.perTenThousand, String(d.targeted)]), ['', 'unknown', '', '', '', '', '', r.participation.unknownDistrict, '', '', '', '', '']]
		);
	});
