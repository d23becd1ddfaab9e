import type { RequestHandler } from './$types';
import { json, error } from '@sveltejs/kit';
import { exportMyData } from '$lib/server/accounts/service';

export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.actor) error(401, 'Sign in first');
	const data = await exportMyData(locals.ctx);
	return json(data, { headers: { 'content-disposition': 'attachment; filename="decydujemy-moje-dane.json"', 'cache-control': 'no-store' } });
};
