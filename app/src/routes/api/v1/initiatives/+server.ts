import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listRegister, parseRegisterFilter, publicRow } from '$lib/server/initiatives';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, url }) => apiCall(async () => json((await listRegister(locals.ctx, parseRegisterFilter(url.searchParams))).map(publicRow)));
