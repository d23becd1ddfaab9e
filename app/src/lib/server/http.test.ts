import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvResponse, safeNext } from './http';

const ORIGIN = 'https://decydujemy.krakow.pl';

describe('safeNext: where to go after signing in', () => {
	it('keeps a path of this site, with its query and fragment', () => {
		expect(safeNext('/budgets/zielony-2027/vote?district=3#ballot', ORIGIN)).toBe('/budgets/zielony-2027/vote?district=3#ballot');
		expect(safeNext('/en/account', ORIGIN)).toBe('/en/account');
		expect(safeNext(`${ORIGIN}/account`, ORIGIN)).toBe('/account');
	});

	it('refuses every way of naming another site (finding 2 of the first attack)', () => {
		for (const next of [
			'/\t/evil.example/phish', // browsers drop the tab: //evil.example
			'/\n/evil.example',
			'/\r/evil.example',
			'//evil.example/phish',
			'/\\evil.example',
			'\\\\evil.example',
			' //evil.example',
			'https://evil.example/phish',
			'http://decydujemy.krakow.pl/account', // another scheme is another origin
			'https://decydujemy.krakow.pl.evil.example/',
			'https://decydujemy.krakow.pl@evil.example/',
			'javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'///evil.example'
		]) {
			expect(safeNext(next, ORIGIN), JSON.stringify(next)).toBe('/');
		}
	});

	it('refuses control characters anywhere (a newline in a Location header was a 500)', () => {
		for (const next of ['/\n/x', '/a\u0000b', '/a\u007fb', '/ok?x=\r\n', '/x#\u0085']) expect(safeNext(next, ORIGIN, '/fallback'), JSON.stringify(next)).toBe('/fallback');
	});

	it('falls back when there is nothing', () => {
		expect(safeNext(null, ORIGIN)).toBe('/');
		expect(safeNext(undefined, ORIGIN, '')).toBe('');
		expect(safeNext('', ORIGIN, '/home')).toBe('/home');
	});
});

describe('csvResponse: the one way CSV leaves the server', () => {
	it('starts with one UTF-8 byte-order mark (Polish Excel reads the letters right), the rest unchanged', async () => {
		const res = csvResponse('t.csv', ['nazwa', 'kwota'], [['Zieleń na Łąkach', 1200], ['=SUM(A1)', null]]);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect([...bytes.slice(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF"nazwa","kwota"\r\n"Zieleń na Łąkach","1200"\r\n"\'=SUM(A1)",""\r\n');
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	});
	it('answers every /api/v1/….csv route', () => {
		const dir = fileURLToPath(new URL('../../routes/api/v1', import.meta.url));
		const routes = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.csv[\\/]\+server\.ts$/.test(f));
		expect(routes.length).toBeGreaterThanOrEqual(14);
		for (const f of routes) {
			const src = readFileSync(join(dir, f), 'utf8');
			expect(src, f).toMatch(/csvResponse\(/);
			expect(src, f).not.toMatch(/new Response\(/);
		}
	});
});
