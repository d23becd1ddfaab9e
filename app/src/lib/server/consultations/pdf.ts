/** A small PDF 1.4 writer for text-and-table reports: standard Helvetica fonts, no embedding.
 * The standard fonts use WinAnsiEncoding, which has no Polish or Ukrainian letters, so text is
 * transliterated to ASCII (ł→l, ą→a, Cyrillic by the Ukrainian national transliteration).
 * The HTML report, the CSV and the JSON keep the full text; the PDF is the printable summary. */

const CYR: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '' };

export function transliterate(s: string): string {
	let out = '';
	for (const ch of s.replace(/ł/g, 'l').replace(/Ł/g, 'L').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) {
		const lower = ch.toLowerCase();
		if (CYR[lower] !== undefined) {
			const t = CYR[lower];
			out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
		} else if (ch === '–' || ch === '—') out += '-';
		else if (ch === '„' || ch === '”' || ch === '“') out += '"';
		else if (ch === '’' || ch === '‘') out += "'";
		else if (ch === '…') out += '...';
		else if (ch === '·' || ch === '•') out += '-';
		else if (ch === '\u00a0' || ch === '\u202f') out += ' ';
		else if (ch === '§') out += 'par. ';
		else if (ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) < 127) out += ch;
		else if (ch === '\n' || ch === '\t') out += ' ';
		else out += '?';
	}
	return out;
}

const esc = (s: string) => transliterate(s).replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');

export type Block = { kind: 'title' | 'heading' | 'text'; text: string } | { kind: 'table'; header: string[]; rows: (string | number)[][]; widths?: number[] };

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 50;

/** Approximate Helvetica width (average 0.5 em) — enough for wrapping plain text. */
function wrap(text: string, size: number, width: number): string[] {
	const max = Math.max(10, Math.floor(width / (size * 0.5)));
	const words = transliterate(text).split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if ((line + ' ' + w).trim().length > max) {
			if (line) lines.push(line);
			line = w.length > max ? w.slice(0, max) : w;
		} else line = (line + ' ' + w).trim();
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

export function buildPdf(blocks: Block[], info: { title: string }): Uint8Array {
	const pages: string[] = [];
	let ops: string[] = [];
	let y = PAGE_H - MARGIN;
	const newPage = () => {
		pages.push(ops.join('\n'));
		ops = [];
		y = PAGE_H - MARGIN;
	};
	const line = (text: string, x: number, size: number, bold = false) => {
		if (y < MARGIN + size) newPage();
		ops.push(`BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y - size} Td (${esc(text)}) Tj ET`);
	};
	for (const b of blocks) {
		if (b.kind === 'table') {
			const cols = b.header.length;
			const widths = b.widths ?? Array(cols).fill((PAGE_W - 2 * MARGIN) / cols);
			const row = (cells: (string | number)[], bold: boolean) => {
				const wrapped = cells.map((c, i) => wrap(String(c), 9, widths[i] - 6));
				const h = Math.max(...wrapped.map((w) => w.length)) * 11 + 3;
				if (y - h < MARGIN) newPage();
				let x = MARGIN;
				wrapped.forEach((w, i) => {
					w.forEach((t, k) => ops.push(`BT /${bold ? 'F2' : 'F1'} 9 Tf ${x + 2} ${y - 9 - k * 11} Td (${esc(t)}) Tj ET`));
					x += widths[i];
				});
				y -= h;
				ops.push(`0.7 G ${MARGIN} ${y + 1} m ${PAGE_W - MARGIN} ${y + 1} l S 0 G`);
			};
			row(b.header, true);
			for (const r of b.rows) row(r, false);
			y -= 8;
			continue;
		}
		const size = b.kind === 'title' ? 18 : b.kind === 'heading' ? 13 : 10;
		if (b.kind !== 'text') y -= 6;
		for (const l of wrap(b.text, size, PAGE_W - 2 * MARGIN)) {
			line(l, MARGIN, size, b.kind !== 'text');
			y -= size + 4;
		}
		y -= 4;
	}
	pages.push(ops.join('\n'));

	// Objects: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page + content pairs.
	const objects: string[] = [];
	const pageIds = pages.map((_, i) => 6 + i * 2);
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
	objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
	objects[5] = `<< /Title (${esc(info.title)}) /Producer (Decydujemy) >>`;
	pages.forEach((content, i) => {
		const pid = pageIds[i];
		objects[pid] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pid + 1} 0 R >>`;
		objects[pid + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
	});
	let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
	const offsets: number[] = [];
	for (let i = 1; i < objects.length; i++) {
		offsets[i] = Buffer.byteLength(out, 'latin1');
		out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
	}
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}
