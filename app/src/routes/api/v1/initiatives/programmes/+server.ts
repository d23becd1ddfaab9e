import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { publicProgrammes } from '$lib/server/initiatives';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals }) => apiCall(async () => json(await publicProgrammes(locals.ctx)));
