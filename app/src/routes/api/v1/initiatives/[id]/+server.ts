import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { publicApplication } from '$lib/server/initiatives';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals, params }) => apiCall(async () => json(await publicApplication(locals.ctx, params.id)));
