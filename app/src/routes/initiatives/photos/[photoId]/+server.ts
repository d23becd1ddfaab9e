import type { RequestHandler } from './$types';
import { getPhoto } from '$lib/server/initiatives';
import { apiCall } from '$lib/server/http';

/** A progress photo, for whoever can see its application; served as an image only. */
export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const ph = await getPhoto(locals.ctx, params.photoId);
		return new Response(new Uint8Array(ph.bytes), { headers: { 'content-type': ph.mime, 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" } });
	});
