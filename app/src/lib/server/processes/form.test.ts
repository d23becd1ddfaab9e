import { describe, expect, it } from 'vitest';
import { PHASE_ROWS, processFromForm } from './form';
import { processInput } from './service';

function formData(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('the process form (works without JavaScript)', () => {
	it('reads the fields, the ticked topics and the filled phase rows, skipping blank rows', () => {
		const data = processFromForm(
			formData([
				['mechanism', 'budget'],
				['title', 'Zielony budżet'],
				['description', 'Projekty dla klimatu w dzielnicy.'],
				['districtId', '18'],
				['topics', 'energy'],
				['topics', 'heat'],
				['phase0_name', 'Zgłaszanie'],
				['phase0_start', '2026-05-01'],
				['phase0_end', '2026-05-31'],
				['phase1_name', ''],
				['phase2_name', ' Głosowanie '],
				['phase2_start', '2026-06-01'],
				['phase2_end', '2026-06-15']
			])
		);
		expect(data).toMatchObject({ mechanism: 'budget', districtId: '18', topics: ['energy', 'heat'], scopeOpen: '' });
		expect(data.phases).toEqual([
			{ name: 'Zgłaszanie', startsAt: '2026-05-01', endsAt: '2026-05-31' },
			{ name: 'Głosowanie', startsAt: '2026-06-01', endsAt: '2026-06-15' }
		]);
		expect(processInput.parse(data)).toMatchObject({ districtId: 18, phases: [{ name: 'Zgłaszanie' }, { name: 'Głosowanie' }] });
	});

	it('an empty district means citywide', () => {
		const data = processFromForm(formData([['districtId', '']]));
		expect(data.districtId).toBeNull();
		expect(data.phases).toEqual([]);
	});

	it('a half-filled phase row is kept, so that validation can point at it', () => {
		const data = processFromForm(formData([['phase1_end', '2026-05-01']]));
		expect(data.phases).toEqual([{ name: '', startsAt: '', endsAt: '2026-05-01' }]);
		const result = processInput.safeParse({ ...data, mechanism: 'ideas', title: 'Tytuł procesu', description: 'Opis procesu, dość długi.' });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['phases.0.name', 'phases.0.startsAt']));
	});

	it(`reads at most ${PHASE_ROWS} phases`, () => {
		const entries: [string, string][] = [];
		for (let i = 0; i < PHASE_ROWS + 2; i++) entries.push([`phase${i}_name`, `Faza ${i}`]);
		expect(processFromForm(formData(entries)).phases).toHaveLength(PHASE_ROWS);
	});
});
