/**
 * A minimal PDF 1.4 writer for the invitation letters: one A4 page per letter, text only, the
 * standard Helvetica font (not embedded).
 *
 * Polish letters: Helvetica's standard character set includes the Central European glyphs
 * (aogonek, cacute, eogonek, lslash, nacute, sacute, zacute, zdotaccent and capitals), but no
 * standard *encoding* reaches them. The font therefore gets WinAnsiEncoding with a /Differences
 * array that puts those 18 glyph names on codes 128–145 (ó/Ó are already in WinAnsi). Viewers
 * that substitute a system font look glyphs up by these names, so the letters print with their
 * diacritics; any other character outside Latin-1 is written as "?".
 */
const POLISH: [string, string][] = [
	['ą', 'aogonek'],
	['Ą', 'Aogonek'],
	['ć', 'cacute'],
	['Ć', 'Cacute'],
	['ę', 'eogonek'],
	['Ę', 'Eogonek'],
	['ł', 'lslash'],
	['Ł', 'Lslash'],
	['ń', 'nacute'],
	['Ń', 'Nacute'],
	['ś', 'sacute'],
	['Ś', 'Sacute'],
	['ź', 'zacute'],
	['Ź', 'Zacute'],
	['ż', 'zdotaccent'],
	['Ż', 'Zdotaccent'],
	['„', 'quotedblbase'],
	['”', 'quotedblright']
];
const CODE = new Map(POLISH.map(([ch], i) => [ch, 128 + i]));
const DIFFERENCES = `[128 ${POLISH.map(([, name]) => `/${name}`).join(' ')}]`;
// WinAnsi codes of characters above U+00FF that WinAnsi has (kept for dashes and quotes).
const WIN_ANSI_EXTRA: Record<string, number> = { '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '•': 0x95, '…': 0x85, '€': 0x80 };

/** Encodes text for a PDF string in the letter font, escaped. */
export function pdfText(s: string): string {
	let out = '';
	for (const ch of s) {
		let code = CODE.get(ch) ?? WIN_ANSI_EXTRA[ch];
		if (code === undefined) {
			const cp = ch.codePointAt(0)!;
			code = cp >= 32 && cp <= 255 && !(cp >= 127 && cp < 160) ? cp : 63;
		}
		if (code === 40 || code === 41 || code === 92) out += '\\' + String.fromCharCode(code);
		else if (code < 32 || code > 126) out += '\\' + code.toString(8).padStart(3, '0');
		else out += String.fromCharCode(code);
	}
	return out;
}

// Helvetica advance widths (1/1000 em) for ASCII 32–126, to wrap lines.
const W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584];
function width(s: string, size: number): number {
	let w = 0;
	for (const ch of s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) {
		const c = ch.charCodeAt(0);
		w += c >= 32 && c <= 126 ? W[c - 32] : ch === 'ł' ? 222 : ch === 'Ł' ? 556 : 556;
	}
	return (w * size) / 1000;
}

export function wrap(text: string, size: number, maxWidth: number): string[] {
	const lines: string[] = [];
	for (const para of text.split('\n')) {
		let line = '';
		for (const word of para.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (width(next, size) > maxWidth && line) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		lines.push(line);
	}
	return lines;
}

export interface PdfLine {
	text: string;
	size?: number;
	bold?: boolean;
	/** Extra space before the line, in points. */
	gap?: number;
}

/** Builds a PDF with one A4 page per entry of `pages` (each a list of lines, wrapped to width). */
export function buildPdf(pages: PdfLine[][], meta: { title: string }): Uint8Array {
	const objects: string[] = [];
	const add = (body: string) => objects.push(body) ;
	// 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info; pages from 6 on (page, content).
	const pageIds: number[] = [];
	const contents: string[] = [];
	pages.forEach((lines) => {
		let y = 800;
		const ops: string[] = ['BT'];
		for (const l of lines) {
			const size = l.size ?? 11;
			y -= l.gap ?? 0;
			for (const part of wrap(l.text, size, 595 - 2 * 64)) {
				y -= size * 1.35;
				ops.push(`/${l.bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 64 ${y.toFixed(1)} Tm (${pdfText(part)}) Tj`);
			}
		}
		ops.push('ET');
		contents.push(ops.join('\n'));
	});
	add('<< /Type /Catalog /Pages 2 0 R >>');
	add(''); // pages, filled below
	const enc = `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences ${DIFFERENCES} >>`;
	add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${enc} >>`);
	add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding ${enc} >>`);
	// Document info strings use PDFDocEncoding, not the font's: write the title as UTF-16BE.
	const utf16 = (t: string) => `<FEFF${t.split('').map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
	add(`<< /Title ${utf16(meta.title)} /Producer (Decydujemy) >>`);
	for (const c of contents) {
		const contentId = objects.length + 2;
		pageIds.push(objects.length + 1);
		add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`);
		add(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
	}
	objects[1] = `<< /Type /Pages /Kids [${pageIds.map((i) => `${i} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
	let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** The invitation letter (Polish), one page per invited household. */
export function invitationLetters(
	panel: { title: string; question: string; size: number; url: string; registrationEnds?: string },
	addresses: { street: string; postcode: string; city: string; code: string | null }[]
): Uint8Array {
	const pages = addresses.map((a) => [
		{ text: 'Prezydent Miasta Krakowa', size: 10 },
		{ text: 'Do Mieszkańców gospodarstwa domowego', gap: 24 },
		{ text: a.street, bold: true },
		{ text: `${a.postcode} ${a.city}`, bold: true },
		{ text: `Zaproszenie: ${panel.title}`, size: 16, bold: true, gap: 30 },
		{ text: 'Szanowni Państwo,', gap: 14 },
		{ text: `Wasz adres został wylosowany spośród adresów w Krakowie. Zapraszamy jedną pełnoletnią osobę z Waszego gospodarstwa domowego do zgłoszenia się do panelu obywatelskiego. ${panel.size} osób, dobranych tak, by odzwierciedlały mieszkańców Krakowa, spotka się kilka razy, wysłucha ekspertów i przygotuje rekomendacje.`, gap: 6 },
		{ text: 'Pytanie panelu:', bold: true, gap: 10 },
		{ text: panel.question },
		{ text: 'Jak się zgłosić?', bold: true, gap: 12 },
		{ text: `1. Wejdź na stronę ${panel.url} i załóż konto (albo zaloguj się).` },
		{ text: '2. Wybierz „Zgłoś się” i wpisz kod z tego listu.' },
		{ text: '3. Odpowiedz na kilka pytań (płeć, wiek, wykształcenie, dzielnica) — służą tylko do losowania.' },
		{ text: 'Twój kod zgłoszeniowy:', gap: 14 },
		{ text: a.code ?? '', size: 22, bold: true, gap: 4 },
		{ text: 'Kod jest jednorazowy i przypisany do tego adresu. Udział jest dobrowolny, a za udział w spotkaniach przysługuje wynagrodzenie. Dane osób niewylosowanych usuwamy po zakończeniu okresu na zgłaszanie zastrzeżeń do losowania.', size: 9, gap: 16 },
		{ text: 'Pomoc: telefon 12 616 12 00 (pn.–pt. 8:00–16:00). Możesz też zgłosić się w Centrum Obywatelskim.', size: 9 }
	]);
	return buildPdf(pages, { title: `Zaproszenia — ${panel.title}` });
}
