/** The consultation report as a printable PDF: text, headings and tables, A4. Built with pdf-lib
 * and the DejaVu Sans font embedded as a subset, so Polish and Ukrainian letters print as they
 * are (the standard PDF fonts have neither). The HTML report, the CSV and the JSON carry the
 * same figures; the PDF is the summary to print or attach to the city's record. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

export type Block = { kind: 'title' | 'heading' | 'text'; text: string } | { kind: 'table'; header: string[]; rows: (string | number)[][]; widths?: number[] };

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 50;

let fonts: { regular: Uint8Array; bold: Uint8Array } | null = null;
/** DejaVu Sans (free licence, Latin Extended and Cyrillic) from the dejavu-fonts-ttf package. */
function fontFiles() {
	if (!fonts) {
		const require = createRequire(import.meta.url);
		fonts = {
			regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
			bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))
		};
	}
	return fonts;
}

/** Characters a text font cannot show as such (control characters) become spaces. */
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');

/** Greedy word wrap by the font's real advance widths; over-long words are cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const words = printable(text).split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
	for (let w of words) {
		while (!fits(w)) {
			let k = w.length - 1;
			while (k > 1 && !fits(w.slice(0, k))) k--;
			if (line) lines.push(line);
			lines.push(w.slice(0, k));
			line = '';
			w = w.slice(k);
		}
		const next = line ? `${line} ${w}` : w;
		if (fits(next)) line = next;
		else {
			if (line) lines.push(line);
			line = w;
		}
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

export async function buildPdf(blocks: Block[], info: { title: string; language?: string }): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const files = fontFiles();
	const regular = await doc.embedFont(files.regular, { subset: true });
	const bold = await doc.embedFont(files.bold, { subset: true });
	doc.setTitle(printable(info.title));
	doc.setProducer('Decydujemy');
	doc.setCreator('Decydujemy');
	doc.setLanguage(info.language ?? 'pl-PL');

	let page: PDFPage = doc.addPage([PAGE_W, PAGE_H]);
	let y = PAGE_H - MARGIN;
	const newPage = () => {
		page = doc.addPage([PAGE_W, PAGE_H]);
		y = PAGE_H - MARGIN;
	};
	const grey = rgb(0.7, 0.7, 0.7);

	for (const b of blocks) {
		if (b.kind === 'table') {
			const cols = b.header.length;
			const widths = b.widths ?? Array<number>(cols).fill((PAGE_W - 2 * MARGIN) / cols);
			const row = (cells: (string | number)[], isHeader: boolean) => {
				const font = isHeader ? bold : regular;
				const wrapped = cells.map((c, i) => wrap(String(c), font, 9, widths[i]! - 6));
				const h = Math.max(...wrapped.map((w) => w.length)) * 11 + 3;
				if (y - h < MARGIN) newPage();
				let x = MARGIN;
				wrapped.forEach((lines, i) => {
					lines.forEach((t, k) => page.drawText(t, { x: x + 2, y: y - 9 - k * 11, size: 9, font }));
					x += widths[i]!;
				});
				y -= h;
				page.drawLine({ start: { x: MARGIN, y: y + 1 }, end: { x: PAGE_W - MARGIN, y: y + 1 }, thickness: 0.5, color: grey });
			};
			row(b.header, true);
			for (const r of b.rows) row(r, false);
			y -= 8;
			continue;
		}
		const size = b.kind === 'title' ? 18 : b.kind === 'heading' ? 13 : 10;
		const font = b.kind === 'text' ? regular : bold;
		if (b.kind !== 'text') y -= 6;
		for (const l of wrap(b.text, font, size, PAGE_W - 2 * MARGIN)) {
			if (y < MARGIN + size) newPage();
			page.drawText(l, { x: MARGIN, y: y - size, size, font });
			y -= size + 4;
		}
		y -= 4;
	}
	return doc.save();
}
