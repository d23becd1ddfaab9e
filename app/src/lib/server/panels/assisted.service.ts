// Assisted registration: panel staff register a volunteer who has no e-mail or account — taken by
// phone, on a paper form, or in person at a place such as a Centrum Obywatelskie or a Centrum
// Aktywności Seniora — and import a batch of paper forms from a CSV file. The same checks as
// online registration (sharedRegistrationChecks): criteria answers, letter code, one per household.
import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ConflictError, ValidationError, type MessageParams } from '../core/errors';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { panelAddress, panelVolunteer, type RegistrationChannel } from './schema';
import { allow, inTx, loadPanel } from './common';
import { panelRules } from './permissions';
import { claimLetterCode, householdKey, parseCsv, sharedRegistrationChecks, type SharedChecks } from './recruitment.service';
import { listQuotas } from './setup.service';

export const ASSISTED_CHANNELS = ['phone', 'paper', 'in_person'] as const satisfies readonly RegistrationChannel[];
export const ASSISTED_CONSENTS = ['paper_form', 'read_aloud'] as const;
/** Places offered in the staff form (free text is accepted as well). */
export const SUGGESTED_PLACES = ['Centrum Obywatelskie', 'Centrum Aktywności Seniora', 'Urząd Miasta Krakowa'] as const;

const assistedSchema = z.object({
	channel: z.enum(ASSISTED_CHANNELS, { error: 'panels_channel_required' }),
	place: z.string().trim().max(120, 'panels_place_too_long').default(''),
	consent_kind: z.enum(ASSISTED_CONSENTS, { error: 'panels_consent_kind_required' }),
	consent_ref: z.string().trim().max(60, 'panels_consent_ref_too_long').default(''),
	name: z.string().trim().min(2, 'name_too_short').max(120, 'name_too_long'),
	phone: z.string().trim().max(40, 'phone_invalid').regex(/^[0-9 +()-]*$/, 'phone_invalid').default(''),
	postal_address: z.string().trim().max(300, 'panels_postal_address_too_long').default(''),
	household: z.string().trim().max(200, 'household_invalid').default(''),
	availability: z.string().trim().min(2, 'availability_required').max(1000, 'availability_too_long')
});

export interface AssistedData extends SharedChecks {
	channel: (typeof ASSISTED_CHANNELS)[number];
	place: string;
	consentKind: (typeof ASSISTED_CONSENTS)[number];
	consentRef: string;
	/** The staff member's name, recorded with a consent read aloud. */
	consentWitness: string;
	name: string;
	phone: string;
	postalAddress: string;
	availability: string;
}

type Seen = { households: Set<string>; codes: Set<string> };

/** Checks one assisted registration; field errors (keys) go to `fields`. */
async function checkAssisted(ctx: ServiceContext, p: { processId: string; openRegistration: boolean }, input: Record<string, unknown>, witness: string, fields: Record<string, string>, fieldParams: Record<string, MessageParams>, seen?: Seen): Promise<AssistedData | null> {
	const parsed = assistedSchema.safeParse(input);
	if (!parsed.success) {
		const invalid = ValidationError.fromZod(parsed.error, input);
		for (const [f, key] of Object.entries(invalid.fields)) {
			fields[f] ??= key;
			if (invalid.fieldParams[f]) fieldParams[f] = invalid.fieldParams[f];
		}
	}
	const d = parsed.success ? parsed.data : null;
	// Checked on what was typed even when another field failed, so that every error shows at once.
	const raw = (k: string) => String(input[k] ?? '').trim();
	if (raw('channel') === 'in_person' && !raw('place')) fields.place ??= 'panels_place_required';
	if (raw('consent_kind') === 'paper_form' && !raw('consent_ref')) fields.consent_ref ??= 'panels_consent_ref_required';
	// Personal data minimised: one way to reach the person is enough, but one is needed.
	if (!raw('phone') && !raw('postal_address')) fields.phone ??= 'panels_contact_required';
	const shared = await sharedRegistrationChecks(ctx, p, input, d?.household ?? String(input.household ?? '').trim(), fields, seen);
	if (!d || Object.keys(fields).length) return null;
	return {
		...shared,
		channel: d.channel,
		place: d.place,
		consentKind: d.consent_kind,
		consentRef: d.consent_kind === 'paper_form' ? d.consent_ref : '',
		consentWitness: d.consent_kind === 'read_aloud' ? witness : '',
		name: d.name,
		phone: d.phone,
		postalAddress: d.postal_address,
		availability: d.availability
	};
}

async function staffContext(ctx: ServiceContext, processId: string) {
	const { panel: p, standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.registerOthers(ctx.actor, standing));
	if (p.stage !== 'recruitment') throw new ConflictError('panels_registration_closed', { _: 'panels_registration_closed' });
	const [me] = await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, ctx.actor!.id));
	return { p, witness: me?.name ?? '' };
}

/** Refuses (401/403) anyone but the panel's staff, and any registration outside recruitment (409). */
export async function assertRegistersOthers(ctx: ServiceContext, processId: string): Promise<void> {
	await staffContext(ctx, processId);
}

/** Validates a registration taken by staff without saving it (the "check your answers" step). */
export async function validateAssisted(ctx: ServiceContext, processId: string, input: Record<string, unknown>): Promise<AssistedData> {
	const { p, witness } = await staffContext(ctx, processId);
	const fields: Record<string, string> = {};
	const fieldParams: Record<string, MessageParams> = {};
	const data = await checkAssisted(ctx, p, input, witness, fields, fieldParams);
	if (!data) throw new ValidationError(fields, 'invalid', fieldParams);
	return data;
}

async function insertAssisted(ctx: ServiceContext, tx: ServiceContext['db'], processId: string, data: AssistedData): Promise<string> {
	const addressId = data.code ? await claimLetterCode(ctx, tx, processId, data.code) : null;
	const id = newId();
	await tx.insert(panelVolunteer).values({
		id,
		processId,
		userId: null,
		addressId,
		name: data.name,
		email: null,
		phone: data.phone || null,
		postalAddress: data.postalAddress || null,
		household: householdKey(processId, data.household),
		answers: data.answers,
		availability: data.availability,
		consentAt: ctx.now(),
		channel: data.channel,
		channelPlace: data.place || null,
		consentKind: data.consentKind,
		consentRef: data.consentRef || null,
		consentWitness: data.consentWitness || null,
		registeredBy: ctx.actor!.id,
		createdAt: ctx.now()
	});
	return id;
}

/** Registers a volunteer taken by phone, on paper or in person (after "check your answers").
 * Audited without the person's data: the channel, the place and how consent was given. */
export async function registerAssisted(ctx: ServiceContext, processId: string, input: Record<string, unknown>): Promise<string> {
	const data = await validateAssisted(ctx, processId, input);
	return inTx(ctx, async (tx) => {
		const id = await insertAssisted(ctx, tx, processId, data);
		await recordAudit(tx, ctx, { action: 'panel.volunteer.assisted', targetType: 'panel', targetId: processId, after: { volunteerId: id, channel: data.channel, place: data.place, consentKind: data.consentKind, code: data.code !== null } });
		return id;
	});
}

// ---------------------------------------------------------------- paper forms (CSV)

/** The columns of the paper-form CSV (header names, Polish or English; one header row; UTF-8 with
 * or without BOM; `;` or `,`). Criteria columns are named by the criterion key (e.g. `gender`,
 * `age`) and hold the quota value or its label as printed on the form. */
export const PAPER_COLUMNS = {
	form_ref: ['form_ref', 'nr_formularza', 'numer_formularza'],
	code: ['code', 'kod'],
	name: ['name', 'imie_nazwisko', 'imię_i_nazwisko', 'nazwisko'],
	phone: ['phone', 'telefon'],
	postal_address: ['postal_address', 'adres_korespondencyjny'],
	household: ['household', 'adres_gospodarstwa', 'gospodarstwo'],
	availability: ['availability', 'dostepnosc', 'dostępność'],
	place: ['place', 'miejsce']
} as const;
export const MAX_PAPER_ROWS = 5000;

export interface PaperProblem {
	/** Line in the file (the header is line 1). */
	line: number;
	/** The column's header as written in the file ('' when the whole line is at fault). */
	column: string;
	/** Message key (rendered as err_<key>). */
	key: string;
	params?: MessageParams;
}
export interface PaperCheck {
	rows: { line: number; name: string; household: string; code: string | null; answers: Record<string, string>; contact: string }[];
	problems: PaperProblem[];
	data: AssistedData[];
}

/** Reads and checks every line of a paper-form CSV with the same checks as the staff form; stores
 * nothing. Lines are numbered as in a spreadsheet (header = 1). */
async function checkPaperCsv(ctx: ServiceContext, p: { processId: string; openRegistration: boolean }, witness: string, csvText: string): Promise<PaperCheck> {
	const rows = parseCsv(csvText.replace(/^\uFEFF/, ''));
	const problems: PaperProblem[] = [];
	if (rows.length < 2) return { rows: [], problems: [{ line: 1, column: '', key: 'panels_csv_no_forms' }], data: [] };
	if (rows.length - 1 > MAX_PAPER_ROWS) return { rows: [], problems: [{ line: 1, column: '', key: 'csv_too_large' }], data: [] };
	const header = rows[0].map((h) => h.trim());
	const lower = header.map((h) => h.toLowerCase());
	const col = (names: readonly string[]) => lower.findIndex((h) => names.includes(h));
	const idx = Object.fromEntries(Object.entries(PAPER_COLUMNS).map(([k, names]) => [k, col(names)])) as Record<keyof typeof PAPER_COLUMNS, number>;
	const quotas = await listQuotas(ctx.db, p.processId);
	const features = [...new Set(quotas.map((q) => q.feature))];
	const featureCol = Object.fromEntries(features.map((f) => [f, lower.indexOf(f)]));
	const missing = [
		...(['form_ref', 'name', 'availability'] as const).filter((k) => idx[k] < 0).map((k) => PAPER_COLUMNS[k][0] as string),
		...features.filter((f) => featureCol[f] < 0)
	];
	if (missing.length) return { rows: [], problems: [{ line: 1, column: missing.join(', '), key: 'panels_csv_missing_columns', params: { columns: missing.join(', ') } }], data: [] };
	// Field of the service → the column's header as written in the file.
	const columnOf = (field: string): string => {
		if (field.startsWith('answer_')) return header[featureCol[field.slice(7)]] ?? field;
		const key = field === 'consent_ref' ? 'form_ref' : field;
		const i = idx[key as keyof typeof PAPER_COLUMNS];
		return i !== undefined && i >= 0 ? header[i] : (PAPER_COLUMNS[key as keyof typeof PAPER_COLUMNS]?.[0] ?? field);
	};
	const seen: Seen = { households: new Set(), codes: new Set() };
	const out: PaperCheck = { rows: [], problems, data: [] };
	for (let r = 1; r < rows.length; r++) {
		const cells = rows[r];
		const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
		const input: Record<string, unknown> = {
			channel: 'paper',
			consent_kind: 'paper_form',
			consent_ref: cell(idx.form_ref),
			place: cell(idx.place),
			code: cell(idx.code),
			name: cell(idx.name),
			phone: cell(idx.phone),
			postal_address: cell(idx.postal_address),
			household: cell(idx.household),
			availability: cell(idx.availability)
		};
		for (const f of features) {
			const typed = cell(featureCol[f]);
			const q = quotas.find((q) => q.feature === f && (q.value === typed || q.label.toLowerCase() === typed.toLowerCase()));
			input[`answer_${f}`] = q?.value ?? typed;
		}
		const fields: Record<string, string> = {};
		const fieldParams: Record<string, MessageParams> = {};
		const data = await checkAssisted(ctx, p, input, witness, fields, fieldParams, seen);
		for (const [f, key] of Object.entries(fields)) problems.push({ line: r + 1, column: columnOf(f), key, params: fieldParams[f] });
		if (data) {
			out.data.push(data);
			out.rows.push({ line: r + 1, name: data.name, household: data.household, code: data.code, answers: data.answers, contact: [data.phone, data.postalAddress].filter(Boolean).join('; ') });
		}
	}
	return out;
}

/** The preview of a paper-form import: every line checked, nothing stored. */
export async function previewPaperImport(ctx: ServiceContext, processId: string, csvText: unknown): Promise<PaperCheck> {
	const text = z.string({ error: 'csv_required' }).min(1, 'csv_required').max(5_000_000, 'csv_too_large').safeParse(csvText);
	if (!text.success) throw new ValidationError({ file: text.error.issues[0]?.message === 'csv_too_large' ? 'csv_too_large' : 'csv_required' });
	const { p, witness } = await staffContext(ctx, processId);
	return checkPaperCsv(ctx, p, witness, text.data);
}

/** Imports the paper forms: all or nothing. When any line fails a check nothing is stored and the
 * error (400) says how many problems there are; the preview lists them by line and column. */
export async function importPaperForms(ctx: ServiceContext, processId: string, csvText: unknown): Promise<number> {
	const checked = await previewPaperImport(ctx, processId, csvText);
	if (checked.problems.length) throw new ValidationError({ file: 'panels_csv_has_problems' }, 'invalid', { file: { count: checked.problems.length } });
	return inTx(ctx, async (tx) => {
		for (const d of checked.data) await insertAssisted(ctx, tx, processId, d);
		await recordAudit(tx, ctx, { action: 'panel.volunteer.paper_import', targetType: 'panel', targetId: processId, after: { count: checked.data.length, withCode: checked.data.filter((d) => d.code).length } });
		return checked.data.length;
	});
}
