// The formatting module against CLDR's own examples (plural rules: the "@integer"/"@decimal"
// samples of CLDR's plurals.xml for pl, uk and en; number patterns of pl, uk and en-GB) and the
// cases the issue found wrong ("Wybrano 4 projektów", "53.9 %", "1299993.82 PLN", raw UTC times).
import { describe, expect, it } from 'vitest';
import {
	choosePlural,
	formatAmount,
	formatDate,
	formatDateTime,
	formatDateTimeRange,
	formatNumber,
	formatPercent,
	formatTime,
	localDateTimeInWarsaw,
	parseAmount,
	parseNumber,
	pluralCategory,
	ymdInWarsaw
} from './format';

const NBSP = '\u00a0';
const sp = (s: string) => s.replace(/ /g, NBSP);

describe('plural categories (CLDR plurals.xml samples)', () => {
	const samples: Record<string, Record<string, number[]>> = {
		pl: {
			one: [1],
			few: [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002],
			many: [0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 1000, 10000, 100000, 1000000, 21, 25, 112, 113, 114],
			other: [0.5, 1.5, 10.1, 100.2]
		},
		uk: {
			one: [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001],
			few: [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002],
			many: [0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 1000, 10000, 100000, 1000000, 111],
			other: [0.5, 1.5, 10.1, 100.2]
		},
		en: { one: [1], other: [0, 2, 3, 4, 5, 16, 21, 100, 1000, 10000, 100000, 1000000, 0.5, 1.5] }
	};
	for (const [locale, byCategory] of Object.entries(samples))
		for (const [category, ns] of Object.entries(byCategory))
			it(`${locale}: ${category} for ${ns.join(', ')}`, () => {
				for (const n of ns) expect([n, pluralCategory(n, locale)]).toEqual([n, category]);
			});

	it('chooses the Polish form of a noun: 1 projekt, 4 projekty, 5 projektów, 22 projekty, 1,5 projektu', () => {
		const forms = { one: 'projekt', few: 'projekty', many: 'projektów', other: 'projektu' };
		expect([1, 4, 5, 12, 22, 25, 1.5].map((n) => `${formatNumber(n, 'pl')} ${choosePlural(n, 'pl', forms)}`)).toEqual([
			'1 projekt',
			'4 projekty',
			'5 projektów',
			'12 projektów',
			'22 projekty',
			'25 projektów',
			'1,5 projektu'
		]);
		expect(choosePlural(21, 'uk', { one: 'проєкт', few: 'проєкти', many: 'проєктів', other: 'проєкту' })).toBe('проєкт');
		expect(choosePlural(3, 'en', { one: 'project', other: 'projects' })).toBe('projects');
	});
});

describe('numbers, amounts and percentages', () => {
	it('groups digits by the locale (Polish groups from five digits, CLDR minimumGroupingDigits 2)', () => {
		expect(formatNumber(1234, 'pl')).toBe('1234');
		expect(formatNumber(12345, 'pl')).toBe(sp('12 345'));
		expect(formatNumber(1234567.891, 'pl')).toBe(sp('1 234 567,89'));
		expect(formatNumber(1234, 'uk')).toBe(sp('1 234'));
		expect(formatNumber(1234567.891, 'uk')).toBe(sp('1 234 567,89'));
		expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
		expect(formatNumber(0.5, 'pl')).toBe('0,5');
		expect(formatNumber(Number.NaN, 'pl')).toBe('—');
	});

	it('amounts in złoty: "1 299 993,82 zł", whole amounts without grosze', () => {
		expect(formatAmount(1299993.82, 'pl')).toBe(sp('1 299 993,82 zł'));
		expect(formatAmount(1000000, 'pl')).toBe(sp('1 000 000 zł'));
		expect(formatAmount(24000.5, 'pl')).toBe(sp('24 000,50 zł'));
		expect(formatAmount(1000000, 'pl', { grosze: true })).toBe(sp('1 000 000,00 zł'));
		expect(formatAmount(1299993.82, 'en')).toBe(sp('PLN 1,299,993.82'));
		expect(formatAmount(1299993.82, 'uk')).toBe(sp('1 299 993,82 PLN'));
	});

	it('percentages: "53,9 %" in Polish and Ukrainian, "53.9%" in English', () => {
		expect(formatPercent(0.539, 'pl')).toBe(sp('53,9 %'));
		expect(formatPercent(0.539, 'uk')).toBe(sp('53,9 %'));
		expect(formatPercent(0.539, 'en')).toBe('53.9%');
		expect(formatPercent(0.8, 'pl', 0)).toBe(sp('80 %'));
		expect(formatPercent(1, 'pl')).toBe(sp('100,0 %'));
	});
});

describe('dates and times in Kraków (Europe/Warsaw), whatever the server’s zone', () => {
	const winter = new Date('2026-12-09T17:05:00.000Z'); // 18:05 in Kraków (CET)
	const summer = new Date('2026-07-09T17:05:00.000Z'); // 19:05 in Kraków (CEST)

	it('the session time of the issue reads as local time, not UTC', () => {
		expect(formatTime(winter, 'pl')).toBe('18:05');
		expect(formatTime(summer, 'pl')).toBe('19:05');
		expect(formatTime(winter, 'en')).toBe('18:05');
		expect(formatDateTime(winter, 'pl', 'full')).toBe('środa, 9 grudnia 2026 18:05');
		expect(formatDateTime(winter, 'uk', 'full')).toBe('середа, 9 грудня 2026 р. о 18:05');
		expect(formatDateTime(winter, 'en', 'full')).toBe('Wednesday, 9 December 2026 at 18:05');
	});

	it('dates by the locale', () => {
		expect(formatDate(winter, 'pl', 'long')).toBe('9 grudnia 2026');
		expect(formatDate(winter, 'uk', 'long')).toBe('9 грудня 2026 р.');
		expect(formatDate(winter, 'en', 'long')).toBe('9 December 2026');
		expect(formatDate('2026-12-09T17:05:00Z', 'pl', 'short')).toBe('9.12.2026');
		expect(formatDate('not a date', 'pl')).toBe('—');
	});

	it('a late-evening UTC time is already the next day in Kraków', () => {
		const d = new Date('2026-12-31T23:30:00Z');
		expect(ymdInWarsaw(d)).toBe('2027-01-01');
		expect(localDateTimeInWarsaw(d)).toBe('2027-01-01T00:30');
	});

	it('ranges on one day name the day once', () => {
		expect(formatDateTimeRange(winter, new Date('2026-12-09T19:00:00Z'), 'pl')).toBe('9 grudnia 2026 18:05–20:00');
		expect(formatDateTimeRange(winter, new Date('2026-12-10T19:00:00Z'), 'en')).toBe('9 December 2026 at 18:05 – 10 December 2026 at 20:00');
	});
});

describe('amounts as people type them', () => {
	it.each([
		['24 000,50', 'pl', 24000.5],
		['24000,50', 'pl', 24000.5],
		['24\u00a0000,50 zł', 'pl', 24000.5],
		['24.000,50', 'pl', 24000.5],
		['24.000', 'pl', 24000],
		['1 000 000', 'pl', 1000000],
		['24000.50', 'pl', 24000.5],
		['1,5', 'pl', 1.5],
		['  350 ', 'pl', 350],
		['24 000,50', 'uk', 24000.5],
		['24,000.50', 'en', 24000.5],
		['24,000', 'en', 24000],
		['24000.5 PLN', 'en', 24000.5],
		['-12,5', 'pl', -12.5]
	])('%s (%s) → %d', (text, locale, value) => {
		expect(parseAmount(text, locale)).toEqual({ ok: true, value });
	});

	it('refuses what cannot be an amount, saying why', () => {
		expect(parseAmount('24,000', 'pl')).toEqual({ ok: false, error: 'amount_decimals' });
		expect(parseAmount('10,505', 'pl')).toEqual({ ok: false, error: 'amount_decimals' });
		for (const bad of ['', 'abc', '1,2,3', '12.34.5', '1.00.0', '--5', '5 zł 5'])
			expect(parseAmount(bad, 'pl'), bad).toEqual({ ok: false, error: 'number_format' });
		expect(parseNumber('0,125', 'pl')).toEqual({ ok: true, value: 0.125 });
	});
});
