import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { SeedEnv } from '../modules';
import { demoSeedEnv } from '../testing/seedEnv';
import { seedInitiatives } from './seed';
import { listManagedProgrammes, listProgrammes } from './programme.service';
import { listRegister } from './register.service';
import { myApplications } from './application.service';
import { workspaceFor } from '../workspace';

// This module's demo seed on its own (the full demo seed also runs every other module's).
describe.each(backends)('demo seed of local initiatives on %s', (kind) => {
	let t: TestDatabase;
	let env: SeedEnv;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		env = await demoSeedEnv(t);
		await seedInitiatives(env);
	});
	afterAll(() => t?.drop());

	it('seeds this year and last year with Kraków climate initiatives in many districts and every state', async () => {
		const programmes = await listProgrammes(t.ctx(null));
		expect(programmes.map((p) => p.programme.year)).toEqual([env.now.getFullYear(), env.now.getFullYear() - 1]);
		const [current] = programmes;
		expect(current.open).toBe(true);
		expect(current.figures).toEqual({ pool: 60_000_000, committed: 9_300_000, paidOut: 4_500_000, left: 50_700_000 });
		const rows = await listRegister(t.ctx(null));
		expect(rows).toHaveLength(12); // the draft is not in the register
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['submitted', 'approved', 'rejected', 'withdrawn', 'in_progress', 'report_submitted', 'completed']));
		expect(new Set(rows.map((r) => r.districtId)).size).toBeGreaterThanOrEqual(10);
		expect(rows.filter((r) => r.climate).length).toBeGreaterThanOrEqual(9);
		expect(rows.every((r) => r.districtId !== null)).toBe(true);
		const [work] = await listManagedProgrammes(env.as.official);
		expect(work.work).toEqual({ toAssess: 3, agreementsToPrepare: 1, agreementsToSign: 1, reportsToReview: 1 });
		expect((await myApplications(env.as.residents[2])).some((r) => r.application.status === 'draft')).toBe(true);
	});

	it('puts each programme on the officials’ workspace with the work waiting, for its officials and admins only', async () => {
		const slug = (await listProgrammes(t.ctx(null)))[0].process.slug;
		const applications = (ws: Awaited<ReturnType<typeof workspaceFor>>) => ws.processes.find((p) => p.slug === slug)?.tools.find((x) => x.module === 'initiatives' && x.id === 'applications');
		const mine = applications(await workspaceFor(env.as.official));
		expect(Object.fromEntries((mine?.waiting ?? []).map((w) => [w.label, w.count]))).toEqual({ initiatives_work_to_assess: 3, initiatives_work_to_prepare: 1, initiatives_work_to_sign: 1, initiatives_work_to_review: 1 });
		expect(mine?.waiting?.[0].href).toBe(`/manage/initiatives/${slug}#to_assess`);
		expect(applications(await workspaceFor(t.ctx(await t.user('admin'))))?.waiting).toHaveLength(4);
		expect(applications(await workspaceFor(t.ctx(await t.user('official'))))).toBeUndefined();
		const general = (await workspaceFor(env.as.official)).general.filter((g) => g.module === 'initiatives').map((g) => g.href);
		expect(general).toEqual(['/manage/initiatives', '/manage/initiatives/new']);
	});
});
