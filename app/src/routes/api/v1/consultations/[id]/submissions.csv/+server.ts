import type { RequestHandler } from './$types';
import { anonymisedSubmissions } from '$lib/server/consultations';
import { apiCall, csvResponse } from '$lib/server/http';
import { consultationByKey } from '../../public';

export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const c = await consultationByKey(locals.ctx, params.id);
		const rows = await anonymisedSubmissions(locals.ctx, c.process.id);
		return csvResponse(`submissions-${c.process.slug}.csv`, ['kind', 'id', 'date', 'district_id', 'context', 'topic', 'text', 'theme', 'answer', 'reason'], rows.map((r) => [r.kind, r.id, r.date, r.districtId, r.context, r.topic, r.text, r.theme, r.answer, r.reason]));
	});
