import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digitsOf, formatNip, isValidKrs, isValidNip, nipCheckDigit } from './identifiers';
import { DEMO_ORGANISATIONS } from './seed';

describe('NIP', () => {
	it.each([
		['6770802307', true],
		['6770802308', false], // wrong check digit
		['677080230', false], // nine digits
		['67708023071', false],
		['677080230X', false],
		['0000000000', false]
	])('%s valid: %s', (nip, ok) => expect(isValidNip(nip)).toBe(ok));

	it('people type it with dashes, spaces or a PL prefix', () => {
		expect(digitsOf('677-080-23-07')).toBe('6770802307');
		expect(digitsOf(' PL 677 080 23 07 ')).toBe('6770802307');
		expect(formatNip('6770802307')).toBe('677-080-23-07');
	});

	it('every nine digits have at most one valid check digit, and changing any one digit of a valid NIP breaks it', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nine, pos, delta) => {
				const head = nine.join('');
				const check = nipCheckDigit(head);
				const valid = Array.from({ length: 10 }, (_, d) => `${head}${d}`).filter((n) => isValidNip(n));
				expect(valid.length).toBeLessThanOrEqual(1);
				if (check === null || head === '000000000') return;
				const nip = `${head}${check}`;
				expect(isValidNip(nip)).toBe(true);
				// A single changed digit changes the weighted sum by w·delta, never a multiple of 11.
				const digits = nip.split('').map(Number);
				digits[pos] = (digits[pos] + delta) % 10;
				expect(isValidNip(digits.join(''))).toBe(false);
			})
		);
	});

	it('the demo organisations have valid NIPs and KRS numbers, all different', () => {
		for (const o of DEMO_ORGANISATIONS) {
			expect(isValidNip(o.nip), o.name).toBe(true);
			if (o.krs) expect(isValidKrs(o.krs), o.name).toBe(true);
		}
		expect(new Set(DEMO_ORGANISATIONS.map((o) => o.nip)).size).toBe(DEMO_ORGANISATIONS.length);
	});
});

describe('KRS', () => {
	it.each([
		['0000123456', true],
		['123456', false],
		['00001234567', false],
		['0000000000', false],
		['00001234a6', false]
	])('%s valid: %s', (krs, ok) => expect(isValidKrs(krs)).toBe(ok));
});

import { fromWarsawLocal } from './common';
describe('times typed in Kraków', () => {
	it('a datetime-local value is Kraków time, in winter and in summer', () => {
		expect(fromWarsawLocal('2026-01-15T18:00')!.toISOString()).toBe('2026-01-15T17:00:00.000Z');
		expect(fromWarsawLocal('2026-07-15T18:00')!.toISOString()).toBe('2026-07-15T16:00:00.000Z');
		expect(fromWarsawLocal('2026-07-15T18:00:00Z')!.toISOString()).toBe('2026-07-15T18:00:00.000Z');
		expect(fromWarsawLocal('yesterday')).toBeNull();
	});
});
