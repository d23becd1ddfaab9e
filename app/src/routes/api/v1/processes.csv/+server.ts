import type { RequestHandler } from './$types';
import { listPublicProcesses } from '$lib/server/processes/service';
import { apiCall, csvResponse } from '$lib/server/http';
import { parseInput } from '$lib/server/core/validate';
import { processFilter } from '../processes/public';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const f = parseInput(processFilter, Object.fromEntries(url.searchParams));
		const list = await listPublicProcesses(locals.ctx, { mechanism: f.mechanism, districtId: f.district });
		return csvResponse(
			'processes.csv',
			['id', 'slug', 'mechanism', 'title', 'district_id', 'topics', 'status', 'current_phase', 'open', 'outcome'],
			list.map((p) => [p.id, p.slug, p.mechanism, p.title, p.districtId, p.topics.join('|'), p.status, p.currentPhase, String(p.open), p.outcome])
		);
	});
