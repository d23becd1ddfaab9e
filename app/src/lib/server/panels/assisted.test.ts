import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { auditLog } from '../audit/schema';
import { panelDraw, panelVolunteer } from './schema';
import { addCriterion, createPanel, drawLetters, importAddresses, importPaperForms, invitedAddresses, previewPaperImport, registerAssisted, registerVolunteer, setStage, validateAssisted } from './service';
import { purgeExpiredVolunteers } from './privacy';

// Assisted registration: staff register volunteers who have no e-mail or account (by phone, on a
// paper form, in person) and import paper forms from a CSV file, with the same checks as online.
describe.each(backends)('assisted registration on %s', (kind) => {
	let t: TestDatabase;
	const clock = new Date('2027-03-01T10:00:00Z');
	const now = () => clock;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	async function panelWith(openRegistration: boolean) {
		const official = await t.user('official', 'Anna Urzędniczka');
		const as = t.ctx(official, now);
		const { id } = await createPanel(as, { title: `Panel ${openRegistration ? 'otwarty' : 'z listami'}`, description: 'Panel do zgłoszeń przez personel.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 0, openRegistration });
		await addCriterion(as, id, { feature: 'gender', source: 'manual', lines: 'K;Kobieta;50%\nM;Mężczyzna;50%' });
		await addCriterion(as, id, { feature: 'age', source: 'manual', lines: 'y;Młodzi;50%\no;65 lat i więcej;50%' });
		await setStage(as, id, 'recruitment');
		return { id, official, as };
	}
	const phone = { channel: 'phone', consent_kind: 'read_aloud', name: 'Janina Kowalska', phone: '+48 600 100 200', availability: 'soboty rano', answer_gender: 'K', answer_age: 'o' };

	it('registers a volunteer taken by phone with a letter code: no e-mail or account, consent read aloud with the staff member’s name, audited', async () => {
		const { id, official, as } = await panelWith(false);
		await importAddresses(as, id, 'street,postcode,city\n' + Array.from({ length: 6 }, (_, i) => `"ul. Długa ${i + 1}",31-14${i},Kraków`).join('\n'));
		await drawLetters(as, id, { count: 6, seed: 'ziarno-listów' });
		const invited = await invitedAddresses(as, id);

		// Only the panel's own staff; a resident or another official is refused.
		const resident = await t.user('resident');
		const other = await t.user('official');
		await expect(registerAssisted(t.ctx(null, now), id, { ...phone, code: invited[0].code })).rejects.toMatchObject({ status: 401 });
		await expect(registerAssisted(t.ctx(resident, now), id, { ...phone, code: invited[0].code })).rejects.toMatchObject({ status: 403 });
		await expect(registerAssisted(t.ctx(other, now), id, { ...phone, code: invited[0].code })).rejects.toMatchObject({ status: 403 });

		// The letter code is needed on every channel of a letters-only panel; a wrong one is named.
		await expect(registerAssisted(as, id, phone)).rejects.toMatchObject({ status: 400, fields: { code: 'code_required' } });
		await expect(registerAssisted(as, id, { ...phone, code: 'ZZZZ-ZZZZ' })).rejects.toMatchObject({ status: 400, fields: { code: 'code_invalid' } });

		const checked = await validateAssisted(as, id, { ...phone, code: invited[0].code!.toLowerCase() });
		expect(checked).toMatchObject({ channel: 'phone', consentKind: 'read_aloud', consentWitness: 'Anna Urzędniczka', household: `${invited[0].street}, ${invited[0].postcode} Kraków`, answers: { gender: 'K', age: 'o' } });
		const vid = await registerAssisted(as, id, { ...phone, code: invited[0].code });
		const [row] = await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.id, vid));
		expect(row).toMatchObject({ userId: null, email: null, phone: '+48 600 100 200', channel: 'phone', consentKind: 'read_aloud', consentWitness: 'Anna Urzędniczka', consentRef: null, registeredBy: official.id, addressId: invited[0].id, status: 'registered' });
		expect(row.consentAt).toEqual(clock);
		const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'panel.volunteer.assisted'), eq(auditLog.targetId, id)));
		expect(audit.actorId).toBe(official.id);
		expect(JSON.stringify(audit.after)).not.toContain('Janina');

		// The same code again — by phone or online — is refused, naming the code.
		await expect(registerAssisted(as, id, { ...phone, name: 'Ktoś Inny', code: invited[0].code })).rejects.toMatchObject({ status: 400, fields: { code: 'code_used' } });
		await expect(registerVolunteer(t.ctx(resident, now), id, { code: invited[0].code, name: 'Ktoś Inny', email: resident.email, availability: 'soboty', consent: 'yes', answer_gender: 'M', answer_age: 'y' })).rejects.toMatchObject({ status: 400, fields: { code: 'code_used' } });
	});

	it('refuses what online registration refuses, and names the field of what only staff enter', async () => {
		const { id, as } = await panelWith(true);
		const base = { ...phone, household: 'ul. Krótka 5, 30-001 Kraków' };
		await expect(registerAssisted(as, id, { ...base, channel: 'fax', answer_gender: 'X', availability: '' })).rejects.toMatchObject({
			status: 400,
			fields: { channel: 'panels_channel_required', answer_gender: 'panels_answer_required', availability: 'availability_required' }
		});
		await expect(registerAssisted(as, id, { ...base, phone: '', postal_address: '' })).rejects.toMatchObject({ status: 400, fields: { phone: 'panels_contact_required' } });
		await expect(registerAssisted(as, id, { ...base, channel: 'in_person', place: '' })).rejects.toMatchObject({ status: 400, fields: { place: 'panels_place_required' } });
		await expect(registerAssisted(as, id, { ...base, consent_kind: 'paper_form', consent_ref: '' })).rejects.toMatchObject({ status: 400, fields: { consent_ref: 'panels_consent_ref_required' } });
		await expect(registerAssisted(as, id, { ...base, consent_kind: '' })).rejects.toMatchObject({ status: 400, fields: { consent_kind: 'panels_consent_kind_required' } });
		await expect(registerAssisted(as, id, { ...base, household: '' })).rejects.toMatchObject({ status: 400, fields: { household: 'household_required' } });

		// In person at a Senior Activity Centre, contact by post only, consent on the paper form.
		const vid = await registerAssisted(as, id, { ...base, channel: 'in_person', place: 'Centrum Aktywności Seniora', phone: '', postal_address: 'ul. Krótka 5, 30-001 Kraków', consent_kind: 'paper_form', consent_ref: 'F-0042' });
		const [row] = await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.id, vid));
		expect(row).toMatchObject({ channel: 'in_person', channelPlace: 'Centrum Aktywności Seniora', phone: null, postalAddress: 'ul. Krótka 5, 30-001 Kraków', consentKind: 'paper_form', consentRef: 'F-0042', consentWitness: null });

		// One registration per household on every channel (case and spaces do not matter).
		await expect(registerAssisted(as, id, { ...base, name: 'Jan Kowalski', household: 'UL. KRÓTKA 5,  30-001 kraków' })).rejects.toMatchObject({ status: 400, fields: { household: 'panels_household_taken' } });
		const resident = await t.user('resident');
		await expect(registerVolunteer(t.ctx(resident, now), id, { name: 'Jan Kowalski', email: resident.email, household: 'ul. Krótka 5, 30-001 Kraków', availability: 'soboty', consent: 'yes', answer_gender: 'M', answer_age: 'y' })).rejects.toMatchObject({
			status: 400,
			fields: { household: 'panels_household_taken' }
		});
	});

	it('imports paper forms from a CSV all or nothing: every line checked, errors by line and column', async () => {
		const { id, official, as } = await panelWith(true);
		const header = 'nr_formularza;imie_nazwisko;telefon;adres_korespondencyjny;adres_gospodarstwa;gender;age;dostepnosc;miejsce';
		const good = [
			'P-1;Zofia Nowak;;"ul. Lipowa 1, 30-002 Kraków";"ul. Lipowa 1, 30-002 Kraków";Kobieta;65 lat i więcej;wtorki;Centrum Obywatelskie',
			'P-2;Marek Wiśniewski;600 200 300;;"ul. Lipowa 2, 30-002 Kraków";M;y;soboty;'
		];
		const bad = [
			...good,
			'P-3;Ewa Lis;601 000 000;;"ul. Lipowa 1, 30-002 Kraków";K;o;środy;', // the same household as line 2
			';X;;;"ul. Lipowa 4, 30-002 Kraków";Z;o;;' // no form number, name too short, no contact, unknown gender, no availability
		];

		// Not the panel's staff: refused before anything is read.
		const resident = await t.user('resident');
		await expect(previewPaperImport(t.ctx(resident, now), id, [header, ...good].join('\n'))).rejects.toMatchObject({ status: 403 });
		await expect(previewPaperImport(as, id, 'nr_formularza;imie_nazwisko\nP-1;Zofia')).resolves.toMatchObject({ problems: [{ line: 1, key: 'panels_csv_missing_columns', params: { columns: 'availability, gender, age' } }] });

		const preview = await previewPaperImport(as, id, [header, ...bad].join('\r\n'));
		expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
		expect(preview.problems.map((p) => [p.line, p.column, p.key])).toEqual([
			[4, 'adres_gospodarstwa', 'panels_household_taken'],
			[5, 'imie_nazwisko', 'name_too_short'],
			[5, 'dostepnosc', 'availability_required'],
			[5, 'nr_formularza', 'panels_consent_ref_required'],
			[5, 'telefon', 'panels_contact_required'],
			[5, 'gender', 'panels_answer_required']
		]);
		await expect(importPaperForms(as, id, [header, ...bad].join('\n'))).rejects.toMatchObject({ status: 400, fields: { file: 'panels_csv_has_problems' } });
		expect(await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, id))).toEqual([]);

		// The valid file: UTF-8 with a BOM, `;`, labels or values for the criteria.
		expect(await importPaperForms(as, id, '\uFEFF' + [header, ...good].join('\n'))).toBe(2);
		const rows = await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, id));
		expect(rows.map((r) => [r.name, r.channel, r.consentKind, r.consentRef, r.channelPlace, r.answers, r.registeredBy, r.userId]).sort()).toEqual([
			['Marek Wiśniewski', 'paper', 'paper_form', 'P-2', null, { gender: 'M', age: 'y' }, official.id, null],
			['Zofia Nowak', 'paper', 'paper_form', 'P-1', 'Centrum Obywatelskie', { gender: 'K', age: 'o' }, official.id, null]
		]);
		const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'panel.volunteer.paper_import'), eq(auditLog.targetId, id)));
		expect(audits.map((a) => a.after)).toEqual([{ count: 2, withCode: 0 }]);
		// The same file again: every household is already in the pool (comma-separated this time).
		const again = await previewPaperImport(as, id, [header, ...good].join('\n').replaceAll(';', ','));
		expect(again.problems.map((p) => [p.line, p.key])).toEqual([
			[2, 'panels_household_taken'],
			[3, 'panels_household_taken']
		]);

		// GDPR purge after the challenge window: their phone, postal address and consent record go too.
		for (const r of rows) await t.db.update(panelVolunteer).set({ status: 'not_selected', rowIndex: rows.indexOf(r) }).where(eq(panelVolunteer.id, r.id));
		await t.db.insert(panelDraw).values({ processId: id, status: 'drawn', drawnAt: new Date(clock.getTime() - 60 * 86_400_000) });
		await purgeExpiredVolunteers(t.db, clock);
		const purged = await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, id));
		for (const r of purged) expect(r).toMatchObject({ name: null, phone: null, postalAddress: null, consentRef: null, consentWitness: null, household: null, availability: null });
	});
});
