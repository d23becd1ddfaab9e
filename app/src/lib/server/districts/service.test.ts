import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { districtGeometries, findDistrictAt, getDistrict, listDistricts, seedDistricts } from './service';
import { district } from './schema';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII'];

describe.each(backends)('districts on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t.drop());

	it('Kraków has 18 districts, numbered I to XVIII', async () => {
		const list = await listDistricts(t.db);
		expect(list).toHaveLength(18);
		expect(list.map((d) => d.id)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
		expect(list.map((d) => d.number)).toEqual(ROMAN);
		expect(list[0].name).toBe('Stare Miasto');
		expect(list[17].name).toBe('Nowa Huta');
	});

	it('their populations (31 Dec 2025) sum to 703,697, and women plus men make each total', async () => {
		const rows = await t.db.select().from(district);
		expect(rows.reduce((sum, d) => sum + d.population, 0)).toBe(703_697);
		for (const d of rows) {
			expect(d.populationFemale + d.populationMale).toBe(d.population);
			expect(d.populationFemale).toBeGreaterThan(0);
			expect(d.populationMale).toBeGreaterThan(0);
		}
		expect((await getDistrict(t.db, 1))?.population).toBe(26_823);
	});

	it('an unknown district is null', async () => {
		expect(await getDistrict(t.db, 19)).toBeNull();
		expect(await getDistrict(t.db, 0)).toBeNull();
	});

	it('every district has a MultiPolygon boundary', async () => {
		const geometries = await districtGeometries(t.db);
		expect(geometries).toHaveLength(18);
		for (const g of geometries) {
			expect(g.geometry.type).toBe('MultiPolygon');
			expect(g.geometry.coordinates[0][0].length).toBeGreaterThan(3);
		}
	});

	describe('finding the district of a point (longitude, latitude)', () => {
		it.each([
			['Rynek Główny', 50.0617, 19.9373, 1],
			['Wawel', 50.054, 19.9355, 1],
			['Nowa Huta, near Plac Centralny', 50.0725, 20.0375, 18],
			['Podgórze', 50.044, 19.956, 13],
			['Bronowice', 50.08, 19.88, 6]
		])('%s (%f, %f) is in district %i', async (_name, lat, lon, id) => {
			expect(await findDistrictAt(t.db, lon, lat)).toBe(id);
		});

		it.each([
			['Warsaw', 52.23, 21.01],
			['Wieliczka', 49.99, 20.06],
			['the middle of the Atlantic', 0, -30]
		])('%s is outside Kraków (null)', async (_name, lat, lon) => {
			expect(await findDistrictAt(t.db, lon, lat)).toBeNull();
		});

		it('takes longitude first: swapped coordinates find nothing', async () => {
			expect(await findDistrictAt(t.db, 50.0617, 19.9373)).toBeNull();
		});
	});

	it('seeding again changes nothing (idempotent)', async () => {
		expect(await seedDistricts(t.db)).toBe(18);
		const rows = await t.db.select().from(district);
		expect(rows).toHaveLength(18);
		expect(rows.reduce((sum, d) => sum + d.population, 0)).toBe(703_697);
	});
});
