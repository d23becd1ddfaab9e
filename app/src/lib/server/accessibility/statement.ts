// The accessibility statement (deklaracja dostępności) required by the Polish law on digital
// accessibility (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i
// aplikacji mobilnych podmiotów publicznych, art. 10) in the structure of the minister's template.
// What the city edits is data (this file's shape); the sentences around it are messages in pl,
// en and uk, so the page and the JSON copy are always generated from the same record.
import { z } from 'zod';
import { A11Y_ARCHITECTURE_MAX } from '../../limits';

export const COMPLIANCE = ['full', 'partial', 'none'] as const;
export const ASSESSMENT = ['self', 'external'] as const;

const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'invalid_date');

/** One piece of content that is not accessible, with the law's reason and the way round it. */
export const knownIssue = z.object({ what: z.string().min(1), reason: z.string().min(1), alternative: z.string().default('') });
export type KnownIssue = z.infer<typeof knownIssue>;

export const statementData = z.object({
	entity: z.string().trim().min(2, 'text_too_short').max(200, 'text_too_long'),
	publishedOn: day,
	updatedOn: day,
	preparedOn: day,
	reviewedOn: day,
	compliance: z.enum(COMPLIANCE, 'accessibility_compliance_invalid'),
	assessment: z.enum(ASSESSMENT, 'accessibility_assessment_invalid'),
	auditor: z.string().trim().max(200, 'text_too_long').default(''),
	contactName: z.string().trim().min(2, 'text_too_short').max(200, 'text_too_long'),
	contactEmail: z.email('invalid_email').max(200, 'text_too_long'),
	contactPhone: z.string().trim().regex(/^\+?[0-9 ()-]{6,30}$/, 'accessibility_phone_invalid'),
	/** Content not accessible (the language it was written in is the statement's `language`). */
	knownIssues: z.array(knownIssue).max(50),
	architecture: z.string().trim().max(A11Y_ARCHITECTURE_MAX, 'text_too_long').default(''),
	/** The language the city's own texts (entity, issues, architecture) are written in. */
	language: z.enum(['pl', 'en', 'uk']).default('pl')
});
export type StatementData = z.infer<typeof statementData>;

/** Until the city edits it: the statement as this platform stands (self-assessed with axe-core
 * on every page in the end-to-end tests, known gaps listed). */
export const DEFAULT_STATEMENT: StatementData = {
	entity: 'Gmina Miejska Kraków',
	publishedOn: '2026-12-01',
	updatedOn: '2026-12-07',
	preparedOn: '2026-12-07',
	reviewedOn: '2026-12-07',
	compliance: 'partial',
	assessment: 'self',
	auditor: '',
	contactName: 'Koordynator do spraw dostępności Urzędu Miasta Krakowa',
	contactEmail: 'dostepnosc@um.krakow.pl',
	contactPhone: '+48 12 616 12 00',
	knownIssues: [
		{
			what: 'Mapy (przypinanie miejsc, granice dzielnic) nie są w pełni obsługiwane czytnikiem ekranu.',
			reason: 'Mapa jest treścią przewidzianą w art. 3 ust. 2 ustawy (mapy i serwisy mapowe) — wyłączona z obowiązku, jeśli podano informacje w inny sposób.',
			alternative: 'Każde miejsce można wskazać, wpisując adres lub współrzędne; dzielnicę można wybrać z listy.'
		},
		{
			what: 'Dokumenty PDF przesłane przez organizacje i mieszkańców (załączniki wniosków) mogą nie mieć struktury dostępnej dla czytników ekranu.',
			reason: 'Treści zamieszczone przez osoby trzecie, których podmiot nie finansuje i nie kontroluje (art. 3 ust. 2 pkt 5 ustawy).',
			alternative: 'Na prośbę przygotujemy treść dokumentu w dostępnej formie (procedura niżej).'
		}
	],
	architecture: 'Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4: wejście od ul. Franciszkańskiej bez progów, winda, toaleta dla osób z niepełnosprawnościami, pętla indukcyjna w Biurze Obsługi Mieszkańców. Do budynku można wejść z psem asystującym.',
	language: 'pl'
};

/** Reads the admin's "known issues" box: one issue a line, `what | reason | alternative`
 * (the alternative may be left out). A line without a reason is refused with its number. */
export function parseIssues(text: string): { issues: KnownIssue[]; errorLine?: number } {
	const issues: KnownIssue[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].trim();
		if (!line) continue;
		const [what = '', reason = '', ...rest] = line.split('|').map((s) => s.trim());
		if (!what || !reason) return { issues, errorLine: i + 1 };
		issues.push({ what, reason, alternative: rest.join(' | ') });
	}
	return { issues };
}

/** The admin's box back from the issues (the same format `parseIssues` reads). */
export function formatIssues(issues: KnownIssue[]): string {
	return issues.map((i) => [i.what, i.reason, i.alternative].filter((s, k) => k < 2 || s).join(' | ')).join('\n');
}
