/** Small PNG pictures drawn in code (a sky, a lawn and trees), for the demo's progress updates and
 * the tests' uploads: real image files, without shipping binary files. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buf: Buffer): number {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** A width×height RGB picture: sky above, grass below, `trees` round crowns on trunks. */
export function demoPng(opts: { width?: number; height?: number; trees?: number; seed?: number } = {}): Buffer {
	const w = opts.width ?? 160;
	const h = opts.height ?? 100;
	const trees = opts.trees ?? 3;
	const horizon = Math.round(h * 0.62);
	const raw = Buffer.alloc((w * 3 + 1) * h);
	const crowns = Array.from({ length: trees }, (_, i) => ({ x: Math.round(((i + 0.5) * w) / trees + ((opts.seed ?? 0) % 7) - 3), y: horizon - Math.round(h * 0.22), r: Math.round(h * 0.14) }));
	for (let y = 0; y < h; y++) {
		raw[y * (w * 3 + 1)] = 0; // filter: none
		for (let x = 0; x < w; x++) {
			let rgb: [number, number, number] = y < horizon ? [186, 220, 245] : [96, 160, 72];
			for (const c of crowns) {
				if (Math.abs(x - c.x) <= 2 && y >= c.y && y <= horizon + 4) rgb = [110, 78, 48];
				if ((x - c.x) ** 2 + (y - c.y) ** 2 <= c.r * c.r) rgb = [34, 112, 58];
			}
			raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(w, 0);
	header.writeUInt32BE(h, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: RGB
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
