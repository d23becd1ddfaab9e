import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, moneyInputValue, parseMoney } from './money';

describe('money as people type it', () => {
	it.each([
		['24 000,50', 2_400_050],
		['24000,5', 2_400_050],
		['24000.50', 2_400_050],
		['24\u00a0000,50 zł', 2_400_050],
		['24 000 zł', 2_400_000],
		['1.234,56', 123_456],
		['1,234.56', 123_456],
		['24,000', 2_400_000],
		['0,99', 99],
		['PLN 12', 1200],
		['31,40', 3140]
	])('%s → %i grosze', (text, grosze) => {
		expect(parseMoney(text)).toEqual({ ok: true, grosze });
	});

	it.each(['', 'abc', '-5', '12,3,45', '24 000,505', '1.234.5678', '1,234,56.7.8', '24 000.000,50x', '10e5'])('refuses %j', (text) => {
		expect(parseMoney(text)).toEqual({ ok: false, error: 'initiatives_amount_invalid' });
	});

	it('refuses more than a billion złoty', () => {
		expect(parseMoney('1 000 000 001')).toEqual({ ok: false, error: 'initiatives_amount_too_large' });
		expect(parseMoney('99999999999999999999')).toEqual({ ok: false, error: 'initiatives_amount_too_large' });
	});

	it('formats in each language, and what a field shows reads back to the same amount', () => {
		expect(formatMoney(2_400_050, 'pl')).toBe('24\u00a0000,50\u00a0zł');
		expect(formatMoney(2_400_000, 'pl')).toBe('24\u00a0000\u00a0zł');
		expect(formatMoney(2_400_050, 'en')).toBe('PLN\u00a024,000.50');
		expect(formatMoney(2_400_050, 'uk')).toMatch(/^24\s000,50\sPLN$/);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.constantFrom('pl' as const, 'en' as const, 'uk' as const), (grosze, locale) => {
				expect(parseMoney(moneyInputValue(grosze, locale))).toEqual({ ok: true, grosze });
			})
		);
	});
});
