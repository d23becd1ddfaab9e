import { z } from 'zod';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError, type MessageParams } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { panel, panelAddress, panelMember, panelVolunteer, panelWave } from './schema';
import { allow, inTx, loadPanel } from './common';
import { panelRules } from './permissions';
import { listQuotas } from './setup.service';
import { PANEL_AVAILABILITY_MAX } from '../../limits';

// ---------------------------------------------------------------- addresses

/** Minimal CSV reader (RFC 4180 quotes, comma or semicolon). */
export function parseCsv(text: string): string[][] {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === sep) {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			if (row.some((x) => x.trim() !== '')) rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	row.push(cell);
	if (row.some((x) => x.trim() !== '')) rows.push(row);
	return rows;
}

export const MAX_ADDRESSES = 200_000;

/** Imports the household addresses (CSV with columns street, postcode, city[, district]);
 * replaces an earlier import as long as no letters were drawn. */
export async function importAddresses(ctx: ServiceContext, processId: string, csvText: unknown): Promise<number> {
	const text = parseInput(z.string({ error: 'csv_required' }).min(1, 'csv_required').max(30_000_000, 'csv_too_large'), csvText);
	const rows = parseCsv(text.replace(/^\uFEFF/, ''));
	if (rows.length < 2) throw new ValidationError({ file: 'csv_no_rows' });
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const col = (names: string[]) => header.findIndex((h) => names.includes(h));
	const iStreet = col(['street', 'ulica', 'address', 'adres']);
	const iPost = col(['postcode', 'kod', 'kod_pocztowy', 'postal_code']);
	const iCity = col(['city', 'miasto', 'miejscowosc']);
	const iDistrict = col(['district', 'dzielnica', 'district_id']);
	if (iStreet < 0 || iPost < 0) throw new ValidationError({ file: 'csv_columns' });
	const body = rows.slice(1);
	if (body.length > MAX_ADDRESSES) throw new ValidationError({ file: 'csv_too_large' });
	const values = body.map((r, i) => {
		const street = (r[iStreet] ?? '').trim().slice(0, 200);
		const postcode = (r[iPost] ?? '').trim().slice(0, 12);
		if (!street || !/^\d{2}-?\d{3}$/.test(postcode)) throw new ValidationError({ file: 'csv_bad_row' }, 'invalid', { file: { line: i + 2 } });
		const d = iDistrict >= 0 ? Number((r[iDistrict] ?? '').replace(/^D/i, '')) : NaN;
		return { id: newId(), processId, rowIndex: i, street, postcode, city: (iCity >= 0 ? r[iCity] : '')?.trim().slice(0, 80) || 'Kraków', districtId: Number.isInteger(d) && d >= 1 && d <= 18 ? d : null };
	});
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.lettersDrawnAt) throw new ConflictError('letters_drawn', { file: 'letters_drawn' });
		await tx.delete(panelAddress).where(eq(panelAddress.processId, processId));
		for (let i = 0; i < values.length; i += 1000) await tx.insert(panelAddress).values(values.slice(i, i + 1000));
		await recordAudit(tx, ctx, { action: 'panel.addresses.import', targetType: 'panel', targetId: processId, after: { count: values.length } });
	});
	return values.length;
}

/** The address lottery, reproducible by anyone from the published seed: every row index i gets
 * the key SHA-256(seed + ":" + i) (hex); rows are sorted by key and the first `count` invited. */
export function letterOrder(seed: string, n: number): number[] {
	const keys = Array.from({ length: n }, (_, i) => ({ i, k: createHash('sha256').update(`${seed}:${i}`).digest('hex') }));
	keys.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
	return keys.map((x) => x.i);
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newCode(): string {
	const bytes = randomBytes(8);
	let s = '';
	for (let i = 0; i < 8; i++) s += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
	return `${s.slice(0, 4)}-${s.slice(4)}`;
}
export function normaliseCode(raw: string): string {
	const s = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
	return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : s;
}

export const letterDrawInput = z.object({
	count: z.coerce.number({ error: 'count_invalid' }).int('count_invalid').min(1, 'count_invalid').max(MAX_ADDRESSES, 'count_invalid'),
	/** A public seed (e.g. the numbers of a public lottery); generated when empty. */
	seed: z.string().trim().max(200, 'seed_invalid').optional().default('')
});

/** Draws the addresses to invite and gives each a registration code. The seed is published. */
export async function drawLetters(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(letterDrawInput, input);
	return inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.lettersDrawnAt) throw new ConflictError('letters_drawn', { count: 'letters_drawn' });
		const addresses = await tx.select({ id: panelAddress.id, rowIndex: panelAddress.rowIndex }).from(panelAddress).where(eq(panelAddress.processId, processId)).orderBy(asc(panelAddress.rowIndex));
		if (!addresses.length) throw new ValidationError({ count: 'addresses_required' });
		if (data.count > addresses.length) throw new ValidationError({ count: 'count_above_addresses' });
		const seed = data.seed || randomBytes(16).toString('hex');
		const order = letterOrder(seed, addresses.length).slice(0, data.count);
		const used = new Set<string>();
		for (let j = 0; j < order.length; j++) {
			let code = newCode();
			while (used.has(code)) code = newCode();
			used.add(code);
			await tx.update(panelAddress).set({ drawOrder: j, code, wave: 1 }).where(eq(panelAddress.id, addresses[order[j]].id));
		}
		const seedHash = createHash('sha256').update(seed).digest('hex');
		await tx.update(panel).set({ letterSeed: seed, letterSeedHash: seedHash, lettersDrawnAt: ctx.now(), lettersToDraw: data.count, updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.letters.draw', targetType: 'panel', targetId: processId, after: { count: data.count, seed, seedHash, addresses: addresses.length } });
		return { seed, invited: order.length };
	});
}

/** The invited addresses with their codes (for printing the letters). Audited: personal data. */
export async function invitedAddresses(ctx: ServiceContext, processId: string, wave?: number) {
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.viewPool(ctx.actor, standing));
	const ofWave = wave === undefined ? undefined : sql`coalesce(${panelAddress.wave}, 1) = ${wave}`;
	const rows = await ctx.db.select().from(panelAddress).where(and(eq(panelAddress.processId, processId), isNotNull(panelAddress.drawOrder), ofWave)).orderBy(asc(panelAddress.drawOrder));
	await recordAudit(ctx.db, ctx, { action: 'panel.letters.read', targetType: 'panel', targetId: processId, after: { count: rows.length, wave: wave ?? null } });
	return rows;
}

// ---------------------------------------------------------------- further waves

export const waveInput = z.object({
	count: z.coerce.number({ error: 'count_invalid' }).int('count_invalid').min(1, 'count_invalid').max(MAX_ADDRESSES, 'count_invalid'),
	seed: z.string().trim().max(200, 'seed_invalid').optional().default(''),
	/** District numbers (1–18) to write to; empty: every household not yet invited. */
	districts: z.array(z.coerce.number().int().min(1, 'panels_districts_invalid').max(18, 'panels_districts_invalid')).max(18).default([])
});

/** A further wave of letters (wave 2, 3, …) after the first: drawn among the households not yet
 * invited, in the chosen districts, with its own published seed, codes and PDF. Allowed while the
 * panel recruits and the pool is not frozen — the rule that keeps the letter forms available after
 * the first draw. The lottery is the first wave's: the not-yet-invited rows of the chosen districts,
 * in row order, are ranked by SHA-256(seed + ":" + position). */
export async function drawWave(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(waveInput, input);
	return inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (!p.lettersDrawnAt) throw new ConflictError('panels_first_wave_needed', { count: 'panels_first_wave_needed' });
		if (p.stage !== 'recruitment' || p.poolFrozenAt) throw new ConflictError('panels_waves_closed', { count: 'panels_waves_closed' });
		const districts = [...new Set(data.districts)].sort((a, b) => a - b);
		const rows = await tx
			.select({ id: panelAddress.id, rowIndex: panelAddress.rowIndex })
			.from(panelAddress)
			.where(and(eq(panelAddress.processId, processId), isNull(panelAddress.drawOrder), districts.length ? inArray(panelAddress.districtId, districts) : undefined))
			.orderBy(asc(panelAddress.rowIndex));
		if (!rows.length) throw new ValidationError({ count: 'panels_wave_no_addresses' });
		if (data.count > rows.length) throw new ValidationError({ count: 'count_above_addresses' });
		const [{ maxOrder, maxWave }] = await tx.select({ maxOrder: sql<number>`coalesce(max(${panelAddress.drawOrder}), -1)::int`, maxWave: sql<number>`coalesce(max(${panelAddress.wave}), 1)::int` }).from(panelAddress).where(eq(panelAddress.processId, processId));
		const wave = maxWave + 1;
		const seed = data.seed || randomBytes(16).toString('hex');
		const order = letterOrder(seed, rows.length).slice(0, data.count);
		const taken = new Set((await tx.select({ code: panelAddress.code }).from(panelAddress).where(and(eq(panelAddress.processId, processId), isNotNull(panelAddress.code)))).map((r) => r.code));
		for (let j = 0; j < order.length; j++) {
			let code = newCode();
			while (taken.has(code)) code = newCode();
			taken.add(code);
			await tx.update(panelAddress).set({ drawOrder: maxOrder + 1 + j, code, wave }).where(eq(panelAddress.id, rows[order[j]].id));
		}
		const seedHash = createHash('sha256').update(seed).digest('hex');
		await tx.insert(panelWave).values({ processId, number: wave, seed, seedHash, districts, count: order.length, eligible: rows.length, drawnAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'panel.letters.wave', targetType: 'panel', targetId: processId, after: { wave, count: order.length, districts, seed, seedHash, eligible: rows.length } });
		return { wave, seed, invited: order.length };
	});
}

/** Response per wave and per district: letters sent, codes used (a registration on any channel). */
export async function waveStats(db: Db, processId: string) {
	const w = sql<number>`coalesce(${panelAddress.wave}, 1)`;
	const byWave = await db
		.select({ wave: sql<number>`${w}::int`, invited: sql<number>`count(*)::int`, used: sql<number>`count(${panelAddress.codeUsedAt})::int` })
		.from(panelAddress)
		.where(and(eq(panelAddress.processId, processId), isNotNull(panelAddress.drawOrder)))
		.groupBy(w)
		.orderBy(w);
	const byDistrict = await db
		.select({ wave: sql<number>`${w}::int`, districtId: panelAddress.districtId, invited: sql<number>`count(*)::int`, used: sql<number>`count(${panelAddress.codeUsedAt})::int` })
		.from(panelAddress)
		.where(and(eq(panelAddress.processId, processId), isNotNull(panelAddress.drawOrder)))
		.groupBy(w, panelAddress.districtId)
		.orderBy(w, panelAddress.districtId);
	const waves = await db.select().from(panelWave).where(eq(panelWave.processId, processId)).orderBy(asc(panelWave.number));
	const leftRows = await db
		.select({ districtId: panelAddress.districtId, n: sql<number>`count(*)::int` })
		.from(panelAddress)
		.where(and(eq(panelAddress.processId, processId), isNull(panelAddress.drawOrder)))
		.groupBy(panelAddress.districtId);
	const left: Record<number, number> = {};
	for (const r of leftRows) if (r.districtId !== null) left[r.districtId] = r.n;
	return { byWave, byDistrict, waves, left };
}

export async function addressStats(db: Db, processId: string) {
	const [row] = await db
		.select({
			total: sql<number>`count(*)::int`,
			invited: sql<number>`count(${panelAddress.drawOrder})::int`,
			used: sql<number>`count(${panelAddress.codeUsedAt})::int`
		})
		.from(panelAddress)
		.where(eq(panelAddress.processId, processId));
	return row ?? { total: 0, invited: 0, used: 0 };
}

// ---------------------------------------------------------------- volunteers

/** Checks a letter code for this panel (the code form's first step). */
export async function checkCode(ctx: ServiceContext, processId: string, raw: unknown) {
	const code = normaliseCode(parseInput(z.string({ error: 'code_required' }).trim().min(1, 'code_required').max(40, 'code_invalid'), raw));
	const [a] = await ctx.db.select().from(panelAddress).where(and(eq(panelAddress.processId, processId), eq(panelAddress.code, code)));
	if (!a) throw new ValidationError({ code: 'code_invalid' });
	if (a.codeUsedAt) throw new ValidationError({ code: 'code_used' });
	// A letter's code expires with the recruitment: once the pool is closed it registers no one.
	const [p] = await ctx.db.select({ poolFrozenAt: panel.poolFrozenAt }).from(panel).where(eq(panel.processId, processId));
	if (p?.poolFrozenAt) throw new ValidationError({ code: 'code_expired' });
	return { code, street: a.street, postcode: a.postcode, city: a.city };
}

export interface RegistrationData {
	code: string | null;
	name: string;
	email: string;
	phone: string;
	answers: Record<string, string>;
	household: string;
	availability: string;
	consent: boolean;
}

const baseRegistration = z.object({
	code: z.string().trim().max(40).optional().default(''),
	name: z.string().trim().min(2, 'name_too_short').max(120, 'name_too_long'),
	email: z.email({ error: 'invalid_email' }).max(200),
	phone: z.string().trim().max(40).regex(/^[0-9 +()-]*$/, 'phone_invalid').default(''),
	household: z.string().trim().max(200, 'household_invalid').default(''),
	availability: z.string().trim().min(2, 'availability_required').max(PANEL_AVAILABILITY_MAX, 'availability_too_long'),
	consent: z.literal(true, { error: 'consent_required' })
});

export interface SharedChecks {
	answers: Record<string, string>;
	code: string | null;
	/** The household as typed or as printed on the letter. */
	household: string;
}

/** The checks every channel shares (online, phone, paper, in person, the paper-form CSV): an
 * answer for every criterion among its quota values; the letter code when the panel needs one
 * (or when one is given), whose address is then the household; a typed household otherwise; and
 * one registration per household (a household already in the pool is refused, naming the field
 * that identified it). Field errors are added to `fields`; `seen` holds the households and codes
 * taken earlier in the same import, so that a file cannot register one household twice. */
export async function sharedRegistrationChecks(
	ctx: ServiceContext,
	p: { processId: string; openRegistration: boolean },
	input: Record<string, unknown>,
	typedHousehold: string,
	fields: Record<string, string>,
	seen?: { households: Set<string>; codes: Set<string> }
): Promise<SharedChecks> {
	const processId = p.processId;
	const quotas = await listQuotas(ctx.db, processId);
	const features = [...new Set(quotas.map((q) => q.feature))];
	const answers: Record<string, string> = {};
	for (const f of features) {
		const v = String(input[`answer_${f}`] ?? '');
		if (!quotas.some((q) => q.feature === f && q.value === v)) fields[`answer_${f}`] = 'panels_answer_required';
		else answers[f] = v;
	}
	let code: string | null = null;
	let household = typedHousehold;
	let householdField = 'household';
	if (!p.openRegistration || String(input.code ?? '').trim()) {
		householdField = 'code';
		try {
			const c = await checkCode(ctx, processId, input.code);
			code = c.code;
			household = `${c.street}, ${c.postcode} ${c.city}`;
			if (seen?.codes.has(code)) fields.code = 'code_used';
		} catch (e) {
			// checkCode parses a bare string: its field is `_`, here the code field.
			if (e instanceof ValidationError) for (const [k, v] of Object.entries(e.fields)) fields[k === '_' ? 'code' : k] = v;
			else throw e;
		}
	} else if (!household) fields.household = 'household_required';
	if (household && !fields[householdField]) {
		const key = householdKey(processId, household);
		const [taken] = await ctx.db
			.select({ id: panelVolunteer.id })
			.from(panelVolunteer)
			.where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.household, key), isNull(panelVolunteer.withdrawnAt)));
		if (taken || seen?.households.has(key)) fields[householdField] = 'panels_household_taken';
		if (seen) {
			seen.households.add(key);
			if (code) seen.codes.add(code);
		}
	}
	return { answers, code, household };
}

/** Validates a registration without saving it (the "check your answers" step). */
export async function validateRegistration(ctx: ServiceContext, processId: string, input: Record<string, unknown>): Promise<RegistrationData> {
	if (!ctx.actor) allow(ctx, false);
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.volunteer(ctx.actor));
	if (p.stage !== 'recruitment') throw new ConflictError('panels_registration_closed', { _: 'panels_registration_closed' });
	const fields: Record<string, string> = {};
	const parsed = baseRegistration.safeParse({ ...input, consent: input.consent === true || input.consent === 'yes' || input.consent === 'on' });
	const fieldParams: Record<string, MessageParams> = {};
	if (!parsed.success) {
		// zod's issues as keys with their limits (never zod's own English)
		const invalid = ValidationError.fromZod(parsed.error, input);
		for (const [f, key] of Object.entries(invalid.fields)) {
			fields[f] ??= key;
			if (invalid.fieldParams[f]) fieldParams[f] = invalid.fieldParams[f];
		}
	}
	const [mine] = await ctx.db.select({ id: panelVolunteer.id }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor!.id), isNull(panelVolunteer.withdrawnAt)));
	if (mine) throw new ConflictError('already_registered', { _: 'already_registered' });
	const shared = await sharedRegistrationChecks(ctx, p, input, parsed.success ? parsed.data.household : String(input.household ?? '').trim(), fields);
	if (Object.keys(fields).length) throw new ValidationError(fields, 'invalid', fieldParams);
	const d = parsed.data!;
	return { code: shared.code, name: d.name, email: d.email, phone: d.phone, answers: shared.answers, household: shared.household, availability: d.availability, consent: true };
}

export function householdKey(processId: string, household: string): string {
	return createHash('sha256').update(`${processId}:${household.toLowerCase().replace(/\s+/g, ' ').trim()}`).digest('hex').slice(0, 24);
}

/** Registers the signed-in person as a volunteer (after "check your answers"). */
export async function registerVolunteer(ctx: ServiceContext, processId: string, input: Record<string, unknown>): Promise<string> {
	const data = await validateRegistration(ctx, processId, input);
	const id = newId();
	await inTx(ctx, async (tx) => {
		const addressId = data.code ? await claimLetterCode(ctx, tx, processId, data.code) : null;
		await tx.insert(panelVolunteer).values({
			id,
			processId,
			userId: ctx.actor!.id,
			addressId,
			name: data.name,
			email: data.email,
			phone: data.phone || null,
			household: householdKey(processId, data.household),
			answers: data.answers,
			availability: data.availability,
			consentAt: ctx.now(),
			createdAt: ctx.now()
		});
	});
	return id;
}

/** The signed-in person's own registration, with their selection probability once published. */
export async function myRegistration(ctx: ServiceContext, processId: string) {
	if (!ctx.actor) return null;
	const [v] = await ctx.db.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor.id))).orderBy(asc(panelVolunteer.createdAt));
	if (!v) return null;
	return { id: v.id, status: v.status, rowIndex: v.rowIndex, probability: v.probability === null ? null : Number(v.probability), answers: v.answers, name: v.name, email: v.email, phone: v.phone, availability: v.availability, createdAt: v.createdAt, reserveRank: v.reserveRank };
}

/** Withdraws at any time. Before the pool is frozen the registration is deleted outright; after,
 * the contact data are erased and only the anonymised row (needed to verify the draw) stays. */
export async function withdraw(ctx: ServiceContext, processId: string) {
	if (!ctx.actor) allow(ctx, false);
	await inTx(ctx, async (tx) => {
		const [v] = await tx.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor!.id)));
		if (!v) throw new NotFoundError('registration_not_found');
		if (v.rowIndex === null) {
			await tx.delete(panelVolunteer).where(eq(panelVolunteer.id, v.id));
			if (v.addressId) await tx.update(panelAddress).set({ codeUsedAt: null }).where(eq(panelAddress.id, v.addressId));
		} else {
			await tx
				.update(panelVolunteer)
				.set({ status: v.status === 'selected' ? 'dropped' : 'withdrawn', withdrawnAt: ctx.now(), userId: null, name: null, email: null, phone: null, postalAddress: null, consentRef: null, consentWitness: null, availability: null, purgedAt: ctx.now() })
				.where(eq(panelVolunteer.id, v.id));
			await tx.update(panelMember).set({ active: false }).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, ctx.actor!.id), eq(panelMember.role, 'panelist')));
		}
	});
}

/** What the public sees of the pool: counts only. */
export async function publicPoolCounts(db: Db, processId: string) {
	const [row] = await db
		.select({ registered: sql<number>`count(*) filter (where ${panelVolunteer.status} <> 'withdrawn')::int` })
		.from(panelVolunteer)
		.where(eq(panelVolunteer.processId, processId));
	return { registered: row?.registered ?? 0 };
}

/** Per criterion value: how many volunteers have it (organisers only; no names). */
export async function poolComposition(db: Db, processId: string): Promise<Record<string, Record<string, number>>> {
	const rows = await db.select({ answers: panelVolunteer.answers }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), sql`${panelVolunteer.status} not in ('withdrawn')`));
	const out: Record<string, Record<string, number>> = {};
	for (const r of rows) for (const [f, v] of Object.entries(r.answers)) (out[f] ??= {})[v] = (out[f][v] ?? 0) + 1;
	return out;
}

/** The pool with contact data, for the organisers. Every read is written to the audit log. */
export async function listPool(ctx: ServiceContext, processId: string, purpose: string) {
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.viewPool(ctx.actor, standing));
	const rows = await ctx.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId)).orderBy(asc(panelVolunteer.rowIndex), asc(panelVolunteer.createdAt));
	await recordAudit(ctx.db, ctx, { action: 'panel.pool.read', targetType: 'panel', targetId: processId, after: { purpose, rows: rows.length } });
	return rows;
}

/** Claims a letter code atomically (on every channel): a second registration with the same code
 * loses with `code_used`. Returns the address the code was sent to. */
export async function claimLetterCode(ctx: ServiceContext, tx: ServiceContext['db'], processId: string, code: string): Promise<string> {
	const claimed = await tx
		.update(panelAddress)
		.set({ codeUsedAt: ctx.now() })
		.where(and(eq(panelAddress.processId, processId), eq(panelAddress.code, code), isNull(panelAddress.codeUsedAt)))
		.returning({ id: panelAddress.id });
	if (!claimed.length) throw new ValidationError({ code: 'code_used' });
	return claimed[0].id;
}
