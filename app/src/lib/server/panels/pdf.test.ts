import { describe, expect, it } from 'vitest';
import { buildPdf, invitationLetters, pdfText } from './pdf';

describe('invitation letters (minimal PDF 1.4)', () => {
	it('one page per household, with its code; Polish letters through the font’s Differences', () => {
		const pdf = Buffer.from(invitationLetters({ title: 'Panel — test', question: 'Zażółć gęślą jaźń?', size: 60, url: 'https://example.org/p' }, [
			{ street: 'ul. Źródlana 1', postcode: '30-001', city: 'Kraków', code: 'ABCD-2345' },
			{ street: 'ul. Łokietka 2', postcode: '31-002', city: 'Kraków', code: 'EFGH-6789' }
		])).toString('latin1');
		expect(pdf.startsWith('%PDF-1.4')).toBe(true);
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
		expect(pdf).toContain('/Count 2');
		expect(pdf).toContain('(ABCD-2345) Tj');
		expect(pdf).toContain('(EFGH-6789) Tj');
		expect(pdf).toContain('/Differences [128 /aogonek /Aogonek /cacute');
		// xref offsets point at the objects.
		const xref = Number(pdf.match(/startxref\n(\d+)/)![1]);
		expect(pdf.slice(xref, xref + 4)).toBe('xref');
		const first = pdf.slice(xref).split('\n')[3];
		expect(pdf.slice(Number(first.slice(0, 10)), Number(first.slice(0, 10)) + 7)).toBe('1 0 obj');
	});
	it('escapes PDF string syntax and maps Polish letters to their codes', () => {
		expect(pdfText('a(b)c\\')).toBe('a\\(b\\)c\\\\');
		expect(pdfText('ąŻ')).toBe('\\200\\217');
		expect(pdfText('ó')).toBe('\\363');
		expect(pdfText('中')).toBe('?');
		expect(buildPdf([[{ text: 'x' }]], { title: 't' }).length).toBeGreaterThan(100);
	});
});
