import type { RequestHandler } from './$types';
import { CSV_HEADER, csvRow, listRegister, parseRegisterFilter } from '$lib/server/initiatives';
import { apiCall, csvResponse } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const rows = await listRegister(locals.ctx, parseRegisterFilter(url.searchParams));
		return csvResponse('initiatives.csv', CSV_HEADER, rows.map(csvRow));
	});
