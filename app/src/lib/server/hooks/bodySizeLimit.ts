/** The largest request body the server accepts, in bytes: adapter-node's BODY_SIZE_LIMIT, read
 * the way adapter-node reads it (a number of bytes, or with a K, M or G suffix; `Infinity` for no
 * limit; 512K when unset), so that the 413 page states the limit that actually applies. */
export const DEFAULT_BODY_SIZE_LIMIT = '512K';

export function bodySizeLimitBytes(env: Record<string, string | undefined> = process.env): number {
	const value = env.BODY_SIZE_LIMIT ?? DEFAULT_BODY_SIZE_LIMIT;
	const multiplier = ({ K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 } as Record<string, number>)[value[value.length - 1]?.toUpperCase()] ?? 1;
	return Number(multiplier !== 1 ? value.substring(0, value.length - 1) : value) * multiplier;
}

/** The limit in megabytes (binary, as adapter-node counts), or undefined when there is none. */
export function bodySizeLimitMb(env: Record<string, string | undefined> = process.env): number | undefined {
	const bytes = bodySizeLimitBytes(env);
	return Number.isFinite(bytes) && bytes > 0 ? bytes / (1024 * 1024) : undefined;
}
