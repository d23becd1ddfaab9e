/** Uploaded images: the type is read from the bytes (never from the name or the browser's
 * claim), so only real JPEG, PNG and WebP files are stored. */
export const PHOTO_MAX_BYTES = 2_000_000;

export function sniffImage(b: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
	if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
	if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
	if (b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
	return null;
}
