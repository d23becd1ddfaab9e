import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, moneyInputValue, parseMoney } from './money';

describe('the local initiative’s money in grosze', () => {
	it.each([
		['24 000,50', 2_400_050],
		['24000,5', 2_400_050],
		['24000.50', 2_400_050],
		['24\u00a0000,50 zł', 2_400_050],
		['24 000 zł', 2_400_000],
		['1.234,56', 123_456],
		['24,000.50', 2_400_050],
		['0,99', 99],
		['31,40', 3140]
	])('%s → %i grosze', (text, grosze) => {
		expect(parseMoney(text)).toEqual({ ok: true, grosze });
	});

	it('refuses what is not an amount, a negative one, three decimals and more than a billion', () => {
		expect(parseMoney('abc')).toEqual({ ok: false, error: 'number_format' });
		expect(parseMoney('-5')).toEqual({ ok: false, error: 'initiatives_amount_invalid' });
		expect(parseMoney('24,000')).toEqual({ ok: false, error: 'amount_decimals' });
		expect(parseMoney('1 000 000 001')).toEqual({ ok: false, error: 'initiatives_amount_too_large' });
	});

	it('formats in each language, and what a field shows reads back to the same amount', () => {
		expect(formatMoney(2_400_050, 'pl')).toBe('24\u00a0000,50\u00a0zł');
		expect(formatMoney(2_400_000, 'pl')).toBe('24\u00a0000\u00a0zł');
		expect(formatMoney(2_400_050, 'en')).toBe('PLN\u00a024,000.50');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.constantFrom('pl' as const, 'en' as const, 'uk' as const), (grosze, locale) => {
				expect(parseMoney(moneyInputValue(grosze, locale))).toEqual({ ok: true, grosze });
			})
		);
	});
});
