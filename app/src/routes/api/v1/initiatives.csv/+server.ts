import type { RequestHandler } from './$types';
import { CSV_HEADER, csvRow, listRegister, parseRegisterFilter } from '$lib/server/initiatives';
import { apiCall, csvResponse } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const rows = await listRegister(locals.ctx, parseRegisterFilter(url.searchParams));
		const csv = csvResponse('initiatives.csv', CSV_HEADER, rows.map(csvRow));
		// One UTF-8 byte-order mark, so Polish spreadsheet software reads the letters right
		// (text() drops a mark csvResponse may already add; it is put back once).
		return new Response(`\uFEFF${await csv.text()}`, { headers: csv.headers });
	});
