import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInBody, findInUrl, findInUrlEncoded, percentDecodeBytes, textProblem } from './unreadable';

const enc = new TextEncoder();
const url = (pathAndQuery: string) => new URL(`http://localhost${pathAndQuery}`);

function multipart(boundary: string, parts: { name: string; filename?: string; content: Uint8Array | string }[]): Uint8Array {
	const chunks: Uint8Array[] = [];
	for (const p of parts) {
		chunks.push(enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.filename ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
		chunks.push(typeof p.content === 'string' ? enc.encode(p.content) : p.content);
		chunks.push(enc.encode('\r\n'));
	}
	chunks.push(enc.encode(`--${boundary}--\r\n`));
	return Uint8Array.from(chunks.flatMap((c) => [...c]));
}

describe('unreadable text', () => {
	it('reads UTF-8 text without NUL as readable, NUL and broken UTF-8 as not', () => {
		expect(textProblem(enc.encode('Zażółć gęślą jaźń — Київ'))).toBeNull();
		expect(textProblem(enc.encode('a\u0000b'))).toBe('nul');
		expect(textProblem(Uint8Array.of(0xc3, 0x28))).toBe('invalid_utf8');
		expect(textProblem(Uint8Array.of(0xff))).toBe('invalid_utf8');
		expect(textProblem(Uint8Array.of(0xed, 0xa0, 0x80))).toBe('invalid_utf8'); // a lone surrogate
	});

	it('decodes percent-escapes to bytes (and + to a space in forms only)', () => {
		expect([...percentDecodeBytes('a%20b+c%zz%', true)]).toEqual([...enc.encode('a b c%zz%')]);
		expect([...percentDecodeBytes('a+b', false)]).toEqual([...enc.encode('a+b')]);
		expect([...percentDecodeBytes('ż%C5%BC', false)]).toEqual([...enc.encode('żż')]);
	});

	it('finds NUL and broken UTF-8 in the path, with what and where', () => {
		expect(findInUrl(url('/budgets/%00'))).toEqual({ where: 'path', kind: 'nul' });
		expect(findInUrl(url('/budgets/a%C3%28b/projects'))).toEqual({ where: 'path', kind: 'invalid_utf8' });
		expect(findInUrl(url('/en/budgets/%FF'))).toEqual({ where: 'path', kind: 'invalid_utf8' });
		expect(findInUrl(url('/budgets/zielony-bud%C5%BCet/projects'))).toBeNull();
	});

	it('finds them in a query parameter and names the parameter', () => {
		expect(findInUrl(url('/ideas?q=ok&topic=%00x'))).toEqual({ where: 'query', name: 'topic', kind: 'nul' });
		expect(findInUrl(url('/ideas?q=%E2%82'))).toEqual({ where: 'query', name: 'q', kind: 'invalid_utf8' });
		expect(findInUrl(url('/ideas?%00=1'))).toEqual({ where: 'query', kind: 'nul' });
		expect(findInUrl(url('/ideas?q=50%25+taniej&x'))).toBeNull();
	});

	it('finds them in url-encoded and multipart form text, not in uploaded files', () => {
		const form = 'application/x-www-form-urlencoded';
		expect(findInBody(form, enc.encode('title=Park&description=a%00b'))).toEqual({ where: 'form', name: 'description', kind: 'nul' });
		expect(findInBody(form, enc.encode('title=%C3'))).toEqual({ where: 'form', name: 'title', kind: 'invalid_utf8' });
		expect(findInBody(form, Uint8Array.of(0x74, 0x3d, 0xc3))).toEqual({ where: 'form', kind: 'invalid_utf8' });
		expect(findInBody(form, enc.encode('title=Park+Jordana&cost=100'))).toBeNull();

		const b = '----formdata-test-7b3';
		const type = `multipart/form-data; boundary=${b}`;
		const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xc3, 0x28);
		expect(findInBody(type, multipart(b, [{ name: 'alt', content: 'Zdjęcie' }, { name: 'photo', filename: 'a.png', content: png }]))).toBeNull();
		expect(findInBody(type, multipart(b, [{ name: 'alt', content: 'x\u0000y' }]))).toEqual({ where: 'form', name: 'alt', kind: 'nul' });
		expect(findInBody(type, multipart(b, [{ name: 'photo', filename: 'a.png', content: png }, { name: 'alt', content: Uint8Array.of(0xe2, 0x82) }]))).toEqual({ where: 'form', name: 'alt', kind: 'invalid_utf8' });
		expect(findInBody(`multipart/form-data; boundary="${b}"`, multipart(b, [{ name: 'opis', content: 'ok' }]))).toBeNull();
		expect(findInBody(type, multipart(b, [{ name: 'ż', content: 'ok' }]))).toBeNull();
	});

	it('finds a NUL escaped in JSON strings and keys, and leaves other types alone', () => {
		expect(findInBody('application/json', enc.encode('{"quotas":[{"label":"a\\u0000"}]}'))).toEqual({ where: 'form', kind: 'nul' });
		expect(findInBody('application/json', enc.encode('{"a\\u0000":1}'))).toEqual({ where: 'form', kind: 'nul' });
		expect(findInBody('application/json', enc.encode('{"text":"\\\\u0000 is how JSON writes NUL"}'))).toBeNull();
		expect(findInBody('application/json', Uint8Array.of(0x22, 0xc3, 0x22))).toEqual({ where: 'form', kind: 'invalid_utf8' });
		expect(findInBody('application/octet-stream', Uint8Array.of(0, 0xff))).toBeNull();
	});

	it('accepts every string a person can type, in every place (property)', () => {
		// Any string of Unicode scalar values without NUL, percent-encoded as a browser does.
		const typed = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));
		fc.assert(
			fc.property(typed, typed, (name, value) => {
				const pair = `${encodeURIComponent(name || 'x')}=${encodeURIComponent(value)}`;
				expect(findInUrlEncoded(pair, 'query')).toBeNull();
				expect(findInUrl(url(`/p/${encodeURIComponent(value)}?${pair}`))).toBeNull();
			})
		);
	});

	it('finds a NUL wherever it is put in a typed string (property)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
				expect(findInUrlEncoded(`f=${encodeURIComponent(a + '\u0000' + b)}`, 'form')).toMatchObject({ kind: 'nul', name: 'f' });
			})
		);
	});
});
