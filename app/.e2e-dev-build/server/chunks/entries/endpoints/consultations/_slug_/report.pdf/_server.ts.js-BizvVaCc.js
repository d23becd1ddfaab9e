import { l as getConsultation, G as getReport } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { a as apiCall } from '../../../../../chunks/http.js-DEPnrH4W.js';
import '../../../../../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../../../../../chunks/schema4.js-DVO4fwmJ.js';
import '../../../../../chunks/schema5.js-CNQvs3tC.js';
import '../../../../../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../../../../../chunks/service5.js-o-XsimG-.js';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/validate.js-BbCXC-0d.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import '../../../../../chunks/service3.js-BzPHPzf0.js';
import 'zod';
import '../../../../../chunks/service4.js-B9dMCCsC.js';
import '../../../../../chunks/service6.js-3cKmcDH6.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../chunks/service7.js-DStGSMM8.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/lib/server/consultations/pdf.ts
/** A small PDF 1.4 writer for text-and-table reports: standard Helvetica fonts, no embedding.
* The standard fonts use WinAnsiEncoding, which has no Polish or Ukrainian letters, so text is
* transliterated to ASCII (ł→l, ą→a, Cyrillic by the Ukrainian national transliteration).
* The HTML report, the CSV and the JSON keep the full text; the PDF is the printable summary. */
var CYR = {
	а: "a",
	б: "b",
	в: "v",
	г: "h",
	ґ: "g",
	д: "d",
	е: "e",
	є: "ie",
	ж: "zh",
	з: "z",
	и: "y",
	і: "i",
	ї: "i",
	й: "i",
	к: "k",
	л: "l",
	м: "m",
	н: "n",
	о: "o",
	п: "p",
	р: "r",
	с: "s",
	т: "t",
	у: "u",
	ф: "f",
	х: "kh",
	ц: "ts",
	ч: "ch",
	ш: "sh",
	щ: "shch",
	ь: "",
	ю: "iu",
	я: "ia",
	ы: "y",
	э: "e",
	ё: "io",
	ъ: ""
};
function transliterate(s) {
	let out = "";
	for (const ch of s.replace(/ł/g, "l").replace(/Ł/g, "L").normalize("NFKD").replace(/[\u0300-\u036f]/g, "")) {
		const lower = ch.toLowerCase();
		if (CYR[lower] !== void 0) {
			const t = CYR[lower];
			out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
		} else if (ch === "–" || ch === "—") out += "-";
		else if (ch === "„" || ch === "”" || ch === "“") out += "\"";
		else if (ch === "’" || ch === "‘") out += "'";
		else if (ch === "…") out += "...";
		else if (ch === "·" || ch === "•") out += "-";
		else if (ch === "\xA0" || ch === " ") out += " ";
		else if (ch === "§") out += "par. ";
		else if (ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) < 127) out += ch;
		else if (ch === "\n" || ch === "	") out += " ";
		else out += "?";
	}
	return out;
}
var esc = (s) => transliterate(s).replace(/\\/g, "\\\\").replace(/\(/g, "\\(").replace(/\)/g, "\\)");
var PAGE_W = 595;
var PAGE_H = 842;
var MARGIN = 50;
/** Approximate Helvetica width (average 0.5 em) — enough for wrapping plain text. */
function wrap(text, size, width) {
	const max = Math.max(10, Math.floor(width / (size * .5)));
	const words = transliterate(text).split(/\s+/).filter(Boolean);
	const lines = [];
	let line = "";
	for (const w of words) if ((line + " " + w).trim().length > max) {
		if (line) lines.push(line);
		line = w.length > max ? w.slice(0, max) : w;
	} else line = (line + " " + w).trim();
	if (line) lines.push(line);
	return lines.length ? lines : [""];
}
function buildPdf(blocks, info) {
	const pages = [];
	let ops = [];
	let y = 792;
	const newPage = () => {
		pages.push(ops.join("\n"));
		ops = [];
		y = 792;
	};
	const line = (text, x, size, bold = false) => {
		if (y < MARGIN + size) newPage();
		ops.push(`BT /${bold ? "F2" : "F1"} ${size} Tf ${x} ${y - size} Td (${esc(text)}) Tj ET`);
	};
	for (const b of blocks) {
		if (b.kind === "table") {
			const cols = b.header.length;
			const widths = b.widths ?? Array(cols).fill(495 / cols);
			const row = (cells, bold) => {
				const wrapped = cells.map((c, i) => wrap(String(c), 9, widths[i] - 6));
				const h = Math.max(...wrapped.map((w) => w.length)) * 11 + 3;
				if (y - h < MARGIN) newPage();
				let x = MARGIN;
				wrapped.forEach((w, i) => {
					w.forEach((t, k) => ops.push(`BT /${bold ? "F2" : "F1"} 9 Tf ${x + 2} ${y - 9 - k * 11} Td (${esc(t)}) Tj ET`));
					x += widths[i];
				});
				y -= h;
				ops.push(`0.7 G ${MARGIN} ${y + 1} m 545 ${y + 1} l S 0 G`);
			};
			row(b.header, true);
			for (const r of b.rows) row(r, false);
			y -= 8;
			continue;
		}
		const size = b.kind === "title" ? 18 : b.kind === "heading" ? 13 : 10;
		if (b.kind !== "text") y -= 6;
		for (const l of wrap(b.text, size, 495)) {
			line(l, MARGIN, size, b.kind !== "text");
			y -= size + 4;
		}
		y -= 4;
	}
	pages.push(ops.join("\n"));
	const objects = [];
	const pageIds = pages.map((_, i) => 6 + i * 2);
	objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
	objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
	objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
	objects[5] = `<< /Title (${esc(info.title)}) /Producer (Decydujemy) >>`;
	pages.forEach((content, i) => {
		const pid = pageIds[i];
		objects[pid] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pid + 1} 0 R >>`;
		objects[pid + 1] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
	});
	let out = "%PDF-1.4\n%âãÏÓ\n";
	const offsets = [];
	for (let i = 1; i < objects.length; i++) {
		offsets[i] = Buffer.byteLength(out, "latin1");
		out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
	}
	const xref = Buffer.byteLength(out, "latin1");
	out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, "latin1"));
}
// src/routes/consultations/[slug]/report.pdf/+server.ts
/** The report as a printable PDF (Polish; letters transliterated — see pdf.ts). */
var GET = ({ locals, params }) => apiCall(async () => {
	const c = await getConsultation(locals.ctx, params.slug);
	const r = await getReport(locals.ctx, c.process.id);
	const p = r.participation;
	const day = (d) => d ? d.toISOString().slice(0, 10) : "-";
	const status = (s) => s === "accepted" ? "uwzględniono" : s === "partly" ? "częściowo" : s === "not_accepted" ? "nie uwzględniono" : "bez odpowiedzi";
	const blocks = [
		{
			kind: "title",
			text: `Raport z konsultacji: ${r.process.title}`
		},
		{
			kind: "text",
			text: `Konsultacje ${day(r.dates.startsAt)} - ${day(r.dates.endsAt)}. ${r.published ? `Raport opublikowany ${day(r.published)}.` : "Podgląd raportu (nieopublikowany)."} Wszystkie liczby policzono z danych platformy Decydujemy.`
		},
		{
			kind: "heading",
			text: "Kto wziął udział"
		},
		{
			kind: "text",
			text: `Głosów razem: ${p.total} (osób online: ${p.onlinePeople}; spotkań partnerów: ${p.partnerSessions}).`
		},
		{
			kind: "table",
			header: ["Forma", "Głosy"],
			rows: [
				["Ankieta", p.byForm.survey],
				["Uwagi do dokumentu", p.byForm.document],
				["Mapa", p.byForm.map],
				["Spotkania (zapisani)", p.byForm.meetings],
				["Spotkania partnerów (uczestnicy)", p.byForm.partners]
			]
		},
		{
			kind: "table",
			header: [
				"Dzielnica",
				"Głosy",
				"Udział",
				"Udział w ludności",
				"Na 10 tys.",
				"Grupa docelowa"
			],
			widths: [
				150,
				50,
				60,
				90,
				70,
				75
			],
			rows: p.byDistrict.map((d) => [
				`${d.roman}. ${d.name}`,
				d.total,
				`${d.share}%`,
				`${d.populationShare}%`,
				d.perTenThousand,
				d.targeted ? "tak" : "-"
			])
		},
		{
			kind: "text",
			text: `Bez dzielnicy: ${p.unknownDistrict}. Bez wieku: ${p.unknownAgeBand}.`
		},
		{
			kind: "table",
			header: [
				"Wiek",
				"Głosy",
				"Udział",
				"Grupa docelowa"
			],
			rows: p.byAgeBand.map((a) => [
				a.band.replace("_plus", "+").replace("_", "-").replace("under-18", "<18"),
				a.total,
				`${a.share}%`,
				a.targeted ? "tak" : "-"
			])
		},
		{
			kind: "heading",
			text: "Co usłyszeliśmy"
		},
		{
			kind: "text",
			text: `Uwag z odpowiedzią: ${r.submissions.answered} z ${r.submissions.total}.`
		},
		{
			kind: "table",
			header: [
				"Temat",
				"Uwagi",
				"Odpowiedź",
				"Uzasadnienie"
			],
			widths: [
				130,
				45,
				80,
				240
			],
			rows: r.themes.map((t) => [
				t.title,
				t.submissions,
				status(t.status),
				t.reason ?? "-"
			])
		},
		{
			kind: "heading",
			text: `Ankieta (${r.survey.responses} odpowiedzi)`
		}
	];
	r.survey.questions.forEach((q, i) => {
		blocks.push({
			kind: "text",
			text: `${i + 1}. ${q.prompt} (odpowiedzi: ${q.answered})`
		});
		if (q.kind === "single" || q.kind === "multiple") blocks.push({
			kind: "table",
			header: ["Odpowiedź", "Liczba"],
			rows: q.options.map((o) => [o.label, o.count])
		});
		else if (q.kind === "scale") blocks.push({
			kind: "table",
			header: ["Wartość", "Liczba"],
			rows: [...q.distribution.map((d) => [String(d.value), d.count]), ["średnia", q.mean ?? "-"]]
		});
		else if (q.kind === "ranking") blocks.push({
			kind: "table",
			header: [
				"Opcja",
				"Średnie miejsce",
				"Pierwsze miejsca"
			],
			rows: q.options.map((o) => [
				o.label,
				o.meanPosition ?? "-",
				o.firstPlaces
			])
		});
		else if (q.kind === "matrix") blocks.push({
			kind: "table",
			header: ["", ...q.columns],
			rows: q.rows.map((row) => [row.label, ...row.counts])
		});
	});
	blocks.push({
		kind: "text",
		text: `Pinezki na mapie: ${r.pins.length}.`
	});
	blocks.push({
		kind: "heading",
		text: "Co zdecydowało miasto i dlaczego"
	}, {
		kind: "text",
		text: r.decision ?? "Decyzja jeszcze nie zapadła."
	});
	blocks.push({
		kind: "heading",
		text: "Ewaluacja"
	}, {
		kind: "text",
		text: r.evaluation.responses ? `Odpowiedzi: ${r.evaluation.responses}. Czy zakres był jasny: ${r.evaluation.scopeClear}/5. Czy zostałam/em wysłuchana/y: ${r.evaluation.heard}/5. Wezmę udział znowu: tak ${r.evaluation.again.yes}, może ${r.evaluation.again.maybe}, nie ${r.evaluation.again.no}.` : "Brak odpowiedzi."
	});
	const pdf = buildPdf(blocks, { title: `Raport: ${r.process.title}` });
	return new Response(pdf, { headers: {
		"content-type": "application/pdf",
		"content-disposition": `inline; filename="raport-${r.process.slug}.pdf"`
	} });
});

export { GET };
//# sourceMappingURL=_server.ts.js-BizvVaCc.js.map
