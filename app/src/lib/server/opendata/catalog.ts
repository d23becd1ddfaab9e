// The open-data catalogue: every dataset the platform publishes, with its distributions (the
// /api/v1 files in JSON, CSV, iCal, Pabulib and PDF), licence and update frequency. One dataset
// per list (budgets, consultations, panels…) and one per published thing that has files of its
// own (a budget edition's projects, results and Pabulib files; a consultation's answers and
// report; a panel's draw and recommendations). Only what the public API serves is listed.
import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/format';
import type { ServiceContext } from '../core/context';
import { publicEditions } from '../budgets/public';
import { budgetPool, budgetResult } from '../budgets/schema';
import { listConsultations } from '../consultations';
import { apiPanels } from '../panels/public';
import { process } from '../processes/schema';
import { getStatement } from '../accessibility/service';
import type { EU } from './rdf';

type Text = Record<Locale, string>;
type Theme = Parameters<typeof EU.theme>[0];
type Frequency = Parameters<typeof EU.frequency>[0];
type FileType = Parameters<typeof EU.fileType>[0];

export interface Distribution {
	id: string;
	/** `part (FORMAT)`, or `part: subject (FORMAT)`. */
	title: Text;
	part: Text;
	/** The pool's name, in the language it was written in. */
	subject?: { text: string; lang: string };
	/** `CSV`, `JSON`, `ICS`, `PDF`, `Pabulib`. */
	label: string;
	url: string;
	/** IANA media type (`text/csv`). */
	mediaType: string;
	/** EU file type, where the EU table has the format. */
	format?: FileType;
}

export interface Dataset {
	id: string;
	identifier: string;
	/** The title: the kind of dataset, then the title of what it is about (`kind: subject`). */
	title: Text;
	kind: Text;
	/** The title of the edition, consultation or panel, in the language it was written in. */
	subject?: { text: string; lang: string };
	description: Text;
	keywords: Partial<Record<Locale, string[]>>;
	themes: Theme[];
	frequency: Frequency;
	landingPage: string;
	modified?: Date;
	distributions: Distribution[];
}

export interface Catalog {
	id: string;
	title: Text;
	description: Text;
	homepage: string;
	publisher: { id: string; name: Text };
	contact: { id: string; name: string; email: string };
	/** When the platform first published (its oldest process); `modified`: when this was built. */
	issued: Date;
	modified: Date;
	datasets: Dataset[];
}

const LOCALES: Locale[] = ['pl', 'en', 'uk'];
type Msg = (locale: Locale) => string;
/** A message in the three languages. */
const text = (fn: Msg): Text => Object.fromEntries(LOCALES.map((l) => [l, fn(l)])) as Text;
/** A message with its parameters, in the three languages. */
function t<P extends Record<string, unknown>>(fn: (params: P, options: { locale: Locale }) => string, params = {} as P): Text {
	return text((locale) => fn(params, { locale }));
}

const FORMATS = {
	json: { mediaType: 'application/json', format: 'JSON' },
	csv: { mediaType: 'text/csv', format: 'CSV' },
	ics: { mediaType: 'text/calendar', format: 'ICS' },
	pdf: { mediaType: 'application/pdf', format: 'PDF' },
	pabulib: { mediaType: 'text/plain', format: 'TXT' }
} as const satisfies Record<string, { mediaType: string; format?: FileType }>;
type Format = keyof typeof FORMATS;

/** The datasets of the lists: the tag of their /api/v1 paths, their files, theme and frequency. */
const LISTS: { key: string; files: [string, Format][]; themes: Theme[]; frequency: Frequency; page: string; title: Msg; description: Msg }[] = [
	{ key: 'districts', files: [['/api/v1/districts', 'json'], ['/api/v1/districts.csv', 'csv']], themes: ['REGI'], frequency: 'ANNUAL', page: '/districts', title: (l) => m.opendata_ds_districts_title({}, { locale: l }), description: (l) => m.opendata_ds_districts_description({}, { locale: l }) },
	{ key: 'processes', files: [['/api/v1/processes', 'json'], ['/api/v1/processes.csv', 'csv']], themes: ['GOVE'], frequency: 'CONT', page: '/processes', title: (l) => m.opendata_ds_processes_title({}, { locale: l }), description: (l) => m.opendata_ds_processes_description({}, { locale: l }) },
	{ key: 'budgets', files: [['/api/v1/budgets', 'json'], ['/api/v1/budgets.csv', 'csv']], themes: ['GOVE', 'ECON'], frequency: 'CONT', page: '/budgets', title: (l) => m.opendata_ds_budgets_title({}, { locale: l }), description: (l) => m.opendata_ds_budgets_description({}, { locale: l }) },
	{ key: 'consultations', files: [['/api/v1/consultations', 'json'], ['/api/v1/consultations.csv', 'csv']], themes: ['GOVE'], frequency: 'CONT', page: '/consultations', title: (l) => m.opendata_ds_consultations_title({}, { locale: l }), description: (l) => m.opendata_ds_consultations_description({}, { locale: l }) },
	{ key: 'panels', files: [['/api/v1/panels', 'json'], ['/api/v1/panels.csv', 'csv']], themes: ['GOVE', 'ENVI'], frequency: 'CONT', page: '/panels', title: (l) => m.opendata_ds_panels_title({}, { locale: l }), description: (l) => m.opendata_ds_panels_description({}, { locale: l }) },
	{ key: 'initiatives', files: [['/api/v1/initiatives', 'json'], ['/api/v1/initiatives.csv', 'csv'], ['/api/v1/initiatives/programmes', 'json']], themes: ['GOVE', 'SOCI'], frequency: 'CONT', page: '/initiatives', title: (l) => m.opendata_ds_initiatives_title({}, { locale: l }), description: (l) => m.opendata_ds_initiatives_description({}, { locale: l }) },
	{ key: 'organisations', files: [['/api/v1/organisations', 'json'], ['/api/v1/organisations.csv', 'csv']], themes: ['SOCI'], frequency: 'CONT', page: '/organisations', title: (l) => m.opendata_ds_organisations_title({}, { locale: l }), description: (l) => m.opendata_ds_organisations_description({}, { locale: l }) },
	{ key: 'ideas', files: [['/api/v1/ideas', 'json'], ['/api/v1/ideas.csv', 'csv']], themes: ['GOVE'], frequency: 'CONT', page: '/ideas', title: (l) => m.opendata_ds_ideas_title({}, { locale: l }), description: (l) => m.opendata_ds_ideas_description({}, { locale: l }) },
	{ key: 'meetings', files: [['/api/v1/meetings', 'json'], ['/api/v1/meetings.csv', 'csv'], ['/api/v1/meetings.ics', 'ics']], themes: ['GOVE'], frequency: 'CONT', page: '/meetings', title: (l) => m.opendata_ds_meetings_title({}, { locale: l }), description: (l) => m.opendata_ds_meetings_description({}, { locale: l }) },
	{ key: 'accessibility', files: [['/api/v1/accessibility-statement', 'json']], themes: ['GOVE'], frequency: 'IRREG', page: '/accessibility', title: (l) => m.opendata_ds_accessibility_title({}, { locale: l }), description: (l) => m.opendata_ds_accessibility_description({}, { locale: l }) }
];

/** The catalogue of the platform at `origin` (absolute URLs: harvesters follow them). */
export async function buildCatalog(ctx: ServiceContext, origin: string): Promise<Catalog> {
	const url = (path: string) => new URL(path, origin).href;
	const datasets: Dataset[] = [];
	const distribution = (datasetId: string, part: Text, path: string, format: Format, subject?: { text: string; lang: string }): Distribution => {
		const label = format === 'pabulib' ? 'Pabulib' : format.toUpperCase();
		return {
			id: `${datasetId}/distribution/${format}/${encodeURIComponent(path)}`,
			title: Object.fromEntries(LOCALES.map((l) => [l, `${part[l]}${subject ? `: ${subject.text}` : ''} (${label})`])) as Text,
			part,
			subject,
			label,
			url: url(path),
			...FORMATS[format]
		};
	};
	type File = [Text, string, Format, { text: string; lang: string }?];
	const dataset = (identifier: string, d: Omit<Dataset, 'id' | 'identifier' | 'distributions' | 'title'>, files: File[]): Dataset => {
		const id = url(`/api/v1/catalog#${identifier}`);
		const title = Object.fromEntries(LOCALES.map((l) => [l, d.subject ? `${d.kind[l]}: ${d.subject.text}` : d.kind[l]])) as Text;
		return { id, identifier, title, ...d, distributions: files.map(([part, path, format, subject]) => distribution(id, part, path, format, subject)) };
	};
	// The language each process was written in (titles of editions, consultations, panels).
	const processes = await ctx.db.select({ id: process.id, lang: process.lang, createdAt: process.createdAt }).from(process);
	const processLang = new Map(processes.map((r) => [r.id, r.lang]));
	const subject = (id: string, title: string) => ({ text: title, lang: processLang.get(id) ?? 'pl' });

	for (const l of LISTS) {
		datasets.push(dataset(l.key, { kind: text(l.title), description: text(l.description), keywords: { pl: [l.key] }, themes: l.themes, frequency: l.frequency, landingPage: url(l.page) }, l.files.map(([path, format]) => [t(m.opendata_part_list), path, format])));
	}

	// A budget edition: its projects, its results and one Pabulib file per counted pool.
	const editions = await publicEditions(ctx);
	const counted = editions.length
		? await ctx.db
				.selectDistinct({ poolId: budgetPool.id, name: budgetPool.name, processId: budgetPool.processId })
				.from(budgetResult)
				.innerJoin(budgetPool, eq(budgetPool.id, budgetResult.poolId))
				.where(and(inArray(budgetPool.processId, editions.map((e) => e.id)), eq(budgetResult.official, true)))
				.orderBy(budgetPool.name)
		: [];
	for (const e of editions) {
		const pools = counted.filter((p) => p.processId === e.id);
		const files: File[] = [
			[t(m.opendata_part_edition), `/api/v1/budgets/${e.id}`, 'json'],
			[t(m.opendata_part_projects), `/api/v1/budgets/${e.id}/projects`, 'json'],
			[t(m.opendata_part_projects), `/api/v1/budgets/${e.id}/projects.csv`, 'csv']
		];
		if (pools.length) {
			files.push([t(m.opendata_part_results), `/api/v1/budgets/${e.id}/results`, 'json'], [t(m.opendata_part_results), `/api/v1/budgets/${e.id}/results.csv`, 'csv']);
			for (const p of pools) files.push([t(m.opendata_part_pabulib), `/api/v1/budgets/${e.id}/pools/${p.poolId}/export.pb`, 'pabulib', subject(e.id, p.name)]);
		}
		datasets.push(dataset(`budget-${e.slug}`, { kind: t(m.opendata_kind_edition), subject: subject(e.id, e.title), description: t(m.opendata_ds_edition_description), keywords: { pl: ['budżet obywatelski', 'Pabulib'], en: ['participatory budgeting', 'Pabulib'] }, themes: ['GOVE', 'ECON'], frequency: e.historical ? 'IRREG' : 'CONT', landingPage: url(`/budgets/${e.slug}`) }, files));
	}

	// A consultation: its details; its answers and report (JSON, CSV, PDF) once the report is
	// published (the answers are public only from then on).
	for (const c of await listConsultations(ctx)) {
		const files: File[] = [[t(m.opendata_part_consultation), `/api/v1/consultations/${c.id}`, 'json']];
		const published = c.settings.reportPublishedAt ? new Date(c.settings.reportPublishedAt) : undefined;
		if (published)
			files.push(
				[t(m.opendata_part_submissions), `/api/v1/consultations/${c.id}/submissions`, 'json'],
				[t(m.opendata_part_submissions), `/api/v1/consultations/${c.id}/submissions.csv`, 'csv'],
				[t(m.opendata_part_report), `/api/v1/consultations/${c.id}/report`, 'json'],
				[t(m.opendata_part_report), `/api/v1/consultations/${c.id}/report.csv`, 'csv'],
				[t(m.opendata_part_report), `/consultations/${c.slug}/report.pdf`, 'pdf']
			);
		datasets.push(dataset(`consultation-${c.slug}`, { kind: t(m.opendata_kind_consultation), subject: subject(c.id, c.title), description: t(m.opendata_ds_consultation_description), keywords: { pl: ['konsultacje społeczne'], en: ['public consultation'] }, themes: ['GOVE'], frequency: published ? 'IRREG' : 'CONT', landingPage: url(`/consultations/${c.slug}`), modified: published }, files));
	}

	// A citizens' panel: its quotas, the public draw (the lottery) and its recommendations.
	for (const p of await apiPanels(ctx)) {
		const files: File[] = [
			[t(m.opendata_part_panel), `/api/v1/panels/${p.id}`, 'json'],
			[t(m.opendata_part_draw), `/api/v1/panels/${p.id}/draw`, 'json'],
			[t(m.opendata_part_recommendations), `/api/v1/panels/${p.id}/recommendations`, 'json'],
			[t(m.opendata_part_recommendations), `/api/v1/panels/${p.id}/recommendations.csv`, 'csv']
		];
		datasets.push(dataset(`panel-${p.slug}`, { kind: t(m.opendata_kind_panel), subject: subject(p.id, p.title), description: t(m.opendata_ds_panel_description), keywords: { pl: ['panel obywatelski', 'losowanie'], en: ["citizens' assembly", 'sortition'] }, themes: ['GOVE', 'ENVI'], frequency: 'CONT', landingPage: url(`/panels/${p.slug}`) }, files));
	}

	return {
		id: url('/api/v1/catalog'),
		title: t(m.opendata_catalog_title),
		description: t(m.opendata_catalog_description),
		homepage: url('/open-data'),
		publisher: { id: url('/#publisher'), name: t(m.opendata_publisher) },
		contact: { id: url('/#contact'), name: m.opendata_publisher({}, { locale: 'pl' }), email: (await getStatement(ctx.db)).contactEmail },
		issued: processes.reduce((a, p) => (p.createdAt < a ? p.createdAt : a), ctx.now()),
		modified: ctx.now(),
		datasets
	};
}
