import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /en/... and /uk/... are served by the same routes as the Polish root.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
