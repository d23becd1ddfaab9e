import { describe, expect, it } from 'vitest';
import { safeNext } from './http';

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
