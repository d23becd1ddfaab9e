import type { RequestHandler } from './$types';
import { getConsultation, getReport } from '$lib/server/consultations';
import { buildPdf, type Block } from '$lib/server/consultations/pdf';
import { apiCall } from '$lib/server/http';

/** The report as a printable PDF, in Polish (the city's record), with the DejaVu Sans font embedded. */
export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const c = await getConsultation(locals.ctx, params.slug);
		const r = await getReport(locals.ctx, c.process.id);
		const p = r.participation;
		const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '-');
		const status = (s: string | null) => (s === 'accepted' ? 'uwzględniono' : s === 'partly' ? 'częściowo' : s === 'not_accepted' ? 'nie uwzględniono' : 'bez odpowiedzi');
		const blocks: Block[] = [
			{ kind: 'title', text: `Raport z konsultacji: ${r.process.title}` },
			{ kind: 'text', text: `Konsultacje ${day(r.dates.startsAt)} – ${day(r.dates.endsAt)}. ${r.published ? `Raport opublikowany ${day(r.published)}.` : 'Podgląd raportu (nieopublikowany).'} Wszystkie liczby policzono z danych platformy Decydujemy.` },
			{ kind: 'heading', text: 'Kto wziął udział' },
			{ kind: 'text', text: `Głosów razem: ${p.total} (osób online: ${p.onlinePeople}; spotkań partnerów: ${p.partnerSessions}).` },
			{ kind: 'table', header: ['Forma', 'Głosy'], rows: [['Ankieta', p.byForm.survey], ['Uwagi do dokumentu', p.byForm.document], ['Mapa', p.byForm.map], ['Spotkania (zapisani)', p.byForm.meetings], ['Spotkania partnerów (uczestnicy)', p.byForm.partners]] },
			{ kind: 'table', header: ['Dzielnica', 'Głosy', 'Udział', 'Udział w ludności', 'Na 10 tys.', 'Grupa docelowa'], widths: [150, 50, 60, 90, 70, 75], rows: p.byDistrict.map((d) => [`${d.roman}. ${d.name}`, d.total, `${d.share}%`, `${d.populationShare}%`, d.perTenThousand, d.targeted ? 'tak' : '-']) },
			{ kind: 'text', text: `Bez dzielnicy: ${p.unknownDistrict}. Bez wieku: ${p.unknownAgeBand}.` },
			{ kind: 'table', header: ['Wiek', 'Głosy', 'Udział', 'Grupa docelowa'], rows: p.byAgeBand.map((a) => [a.band.replace('_plus', '+').replace('_', '-').replace('under-18', '<18'), a.total, `${a.share}%`, a.targeted ? 'tak' : '-']) },
			{ kind: 'heading', text: 'Co usłyszeliśmy' },
			{ kind: 'text', text: `Uwag z odpowiedzią: ${r.submissions.answered} z ${r.submissions.total}.` },
			{ kind: 'table', header: ['Temat', 'Uwagi', 'Odpowiedź', 'Uzasadnienie'], widths: [130, 45, 80, 240], rows: r.themes.map((t) => [t.title, t.submissions, status(t.status), t.reason ?? '-']) },
			{ kind: 'heading', text: `Ankieta (${r.survey.responses} odpowiedzi)` }
		];
		r.survey.questions.forEach((q, i) => {
			blocks.push({ kind: 'text', text: `${i + 1}. ${q.prompt} (odpowiedzi: ${q.answered})` });
			if (q.kind === 'single' || q.kind === 'multiple') blocks.push({ kind: 'table', header: ['Odpowiedź', 'Liczba'], rows: q.options.map((o) => [o.label, o.count]) });
			else if (q.kind === 'scale') blocks.push({ kind: 'table', header: ['Wartość', 'Liczba'], rows: [...q.distribution.map((d) => [String(d.value), d.count] as [string, number]), ['średnia', q.mean ?? '-']] });
			else if (q.kind === 'ranking') blocks.push({ kind: 'table', header: ['Opcja', 'Średnie miejsce', 'Pierwsze miejsca'], rows: q.options.map((o) => [o.label, o.meanPosition ?? '-', o.firstPlaces]) });
			else if (q.kind === 'matrix') blocks.push({ kind: 'table', header: ['', ...q.columns], rows: q.rows.map((row) => [row.label, ...row.counts]) });
		});
		blocks.push({ kind: 'text', text: `Pinezki na mapie: ${r.pins.length}.` });
		blocks.push({ kind: 'heading', text: 'Co zdecydowało miasto i dlaczego' }, { kind: 'text', text: r.decision ?? 'Decyzja jeszcze nie zapadła.' });
		blocks.push({ kind: 'heading', text: 'Ewaluacja' }, { kind: 'text', text: r.evaluation.responses ? `Odpowiedzi: ${r.evaluation.responses}. Czy zakres był jasny: ${r.evaluation.scopeClear}/5. Czy zostałam/em wysłuchana/y: ${r.evaluation.heard}/5. Wezmę udział znowu: tak ${r.evaluation.again.yes}, może ${r.evaluation.again.maybe}, nie ${r.evaluation.again.no}.` : 'Brak odpowiedzi.' });
		const pdf = await buildPdf(blocks, { title: `Raport: ${r.process.title}` });
		return new Response(pdf as unknown as BodyInit, { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="raport-${r.process.slug}.pdf"` } });
	});
