import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { auditLog } from '../audit/schema';
import { panelAddress } from './schema';
import { addCriterion, createPanel, drawLetters, drawWave, importAddresses, invitedAddresses, letterOrder, registerAssisted, setStage, waveStats } from './service';

// Recruitment in waves: after the first letters, the official sends further waves to chosen
// districts, each drawn among the households not yet invited with its own published seed and
// codes; the recruitment page shows the response by wave and by district.
describe.each(backends)('letter waves on %s', (kind) => {
	let t: TestDatabase;
	const clock = new Date('2027-03-01T10:00:00Z');
	const now = () => clock;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	it('draws a second wave in one district among the households not yet invited; its codes register on any channel; the response by wave and district', async () => {
		const official = await t.user('official', 'Anna Urzędniczka');
		const as = t.ctx(official, now);
		const { id } = await createPanel(as, { title: 'Panel w falach', description: 'Panel z kolejnymi falami listów.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 0, openRegistration: false });
		await addCriterion(as, id, { feature: 'gender', source: 'manual', lines: 'K;Kobieta;50%\nM;Mężczyzna;50%' });
		await setStage(as, id, 'recruitment');
		// 40 households in districts 1–4 (row i in district i % 4 + 1).
		await importAddresses(as, id, 'street,postcode,city,district\n' + Array.from({ length: 40 }, (_, i) => `"ul. Falowa ${i + 1}",30-${String(100 + i)},Kraków,${(i % 4) + 1}`).join('\n'));
		await expect(drawWave(as, id, { count: 3, seed: 'fala-2', districts: ['2'] })).rejects.toMatchObject({ status: 409, fields: { count: 'panels_first_wave_needed' } });
		await drawLetters(as, id, { count: 8, seed: 'fala-1' });
		const first = await invitedAddresses(as, id, 1);
		expect(first).toHaveLength(8);

		// Only the panel's officials; bad input names the field.
		const resident = await t.user('resident');
		await expect(drawWave(t.ctx(resident, now), id, { count: 3, seed: 'fala-2', districts: ['2'] })).rejects.toMatchObject({ status: 403 });
		await expect(drawWave(as, id, { count: 0, districts: ['2'] })).rejects.toMatchObject({ status: 400, fields: { count: 'count_invalid' } });
		await expect(drawWave(as, id, { count: 3, districts: ['19'] })).rejects.toMatchObject({ status: 400, fields: { 'districts.0': 'panels_districts_invalid' } });
		await expect(drawWave(as, id, { count: 11, seed: 'fala-2', districts: ['2'] })).rejects.toMatchObject({ status: 400, fields: { count: 'count_above_addresses' } });

		const r = await drawWave(as, id, { count: 3, seed: 'fala-2', districts: ['2'] });
		expect(r).toEqual({ wave: 2, seed: 'fala-2', invited: 3 });
		// Reproducible from the published seed: the not-yet-invited rows of district 2 in row order.
		const firstRows = new Set(first.map((a) => a.rowIndex));
		const eligible = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 4 === 1 && !firstRows.has(i));
		const second = await invitedAddresses(as, id, 2);
		expect(second.map((a) => a.rowIndex)).toEqual(letterOrder('fala-2', eligible.length).slice(0, 3).map((k) => eligible[k]));
		expect(second.every((a) => a.districtId === 2 && a.wave === 2)).toBe(true);
		const all = await invitedAddresses(as, id);
		expect(new Set(all.map((a) => a.code)).size).toBe(11);
		const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'panel.letters.wave'), eq(auditLog.targetId, id)));
		expect(audit.after).toMatchObject({ wave: 2, count: 3, districts: [2], seed: 'fala-2', eligible: eligible.length });

		// A wave-2 code registers by phone like any letter code.
		await registerAssisted(as, id, { channel: 'phone', consent_kind: 'read_aloud', code: second[0].code, name: 'Jan Falowy', phone: '600 000 001', availability: 'soboty', answer_gender: 'M' });
		const stats = await waveStats(t.db, id);
		expect(stats.byWave).toEqual([
			{ wave: 1, invited: 8, used: 0 },
			{ wave: 2, invited: 3, used: 1 }
		]);
		expect(stats.byDistrict.filter((d) => d.wave === 2)).toEqual([{ wave: 2, districtId: 2, invited: 3, used: 1 }]);
		expect(stats.waves.map((w) => [w.number, w.seed, w.districts, w.count])).toEqual([[2, 'fala-2', [2], 3]]);
		expect(stats.left[2]).toBe(10 - first.filter((a) => a.districtId === 2).length - 3);

		// Waves stop when recruitment ends (the codes expire with it).
		await setStage(as, id, 'selection');
		await expect(drawWave(as, id, { count: 1, districts: ['3'] })).rejects.toMatchObject({ status: 409, fields: { count: 'panels_waves_closed' } });
		expect((await t.db.select().from(panelAddress).where(eq(panelAddress.wave, 3))).length).toBe(0);
	});
});
