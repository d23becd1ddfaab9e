import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api/openapi';

export const GET: RequestHandler = ({ url }) => json(openApiDocument(url.origin), { headers: { 'access-control-allow-origin': '*' } });
