import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { listAudit, recordAudit } from './service';
import { auditLog } from './schema';

describe.each(backends)('audit log on %s', (kind) => {
	let t: TestDatabase;
	let admin: NonNullable<Actor>;
	let entryId: number;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		admin = await t.user('admin');
		await recordAudit(t.db, t.ctx(admin, () => new Date('2026-04-01T12:00:00Z')), {
			action: 'process.update',
			targetType: 'process',
			targetId: 'p-1',
			before: { title: 'Stary tytuł' },
			after: { title: 'Nowy tytuł' }
		});
		[{ id: entryId }] = await t.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.targetId, 'p-1'));
	});
	afterAll(() => t.drop());

	const entry = async () => (await t.db.select().from(auditLog).where(eq(auditLog.id, entryId)))[0];

	describe('the database refuses every change to past entries', () => {
		it('UPDATE is refused', async () => {
			await expect(t.exec(`UPDATE audit_log SET action = 'forged' WHERE id = ${entryId}`)).rejects.toThrow(/append-only/);
			await expect(t.db.update(auditLog).set({ after: { title: 'Podrobiony' } }).where(eq(auditLog.id, entryId))).rejects.toThrow();
			expect(await entry()).toMatchObject({ action: 'process.update', after: { title: 'Nowy tytuł' } });
		});

		it('DELETE is refused', async () => {
			await expect(t.exec(`DELETE FROM audit_log WHERE id = ${entryId}`)).rejects.toThrow(/append-only/);
			await expect(t.db.delete(auditLog)).rejects.toThrow();
			expect(await entry()).toBeDefined();
		});

		it('TRUNCATE is refused', async () => {
			await expect(t.exec('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
			expect(await entry()).toBeDefined();
		});

		it('a refused change inside a transaction rolls the whole transaction back', async () => {
			await expect(
				t.db.transaction(async (tx) => {
					await recordAudit(tx, t.ctx(admin), { action: 'test.inside', targetType: 'test', targetId: 'tx-1' });
					await tx.execute(sql`DELETE FROM audit_log WHERE id = ${entryId}`);
				})
			).rejects.toThrow();
			expect(await t.db.select().from(auditLog).where(eq(auditLog.targetId, 'tx-1'))).toEqual([]);
		});

		it('new entries can still be appended', async () => {
			await recordAudit(t.db, t.ctx(null), { action: 'system.check', targetType: 'test', targetId: 'append-1' });
			const [row] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, 'append-1'));
			expect(row).toMatchObject({ actorId: null, actorRole: 'system', action: 'system.check', before: null, after: null });
			expect(row.id).toBeGreaterThan(entryId);
		});
	});

	describe('reading', () => {
		it('only admins read the audit log', async () => {
			for (const role of ['resident', 'moderator', 'official'] as const) {
				await expect(listAudit(t.ctx(await t.user(role)))).rejects.toMatchObject({ status: 403 });
			}
			await expect(listAudit(t.ctx(null))).rejects.toMatchObject({ status: 403 });
			const all = await listAudit(t.ctx(admin));
			expect(all.map((e) => e.id)).toContain(entryId);
		});

		it('newest first, filtered by target, with a capped limit', async () => {
			for (let i = 0; i < 3; i++) await recordAudit(t.db, t.ctx(admin), { action: `step.${i}`, targetType: 'process', targetId: 'p-filter' });
			const rows = await listAudit(t.ctx(admin), { targetType: 'process', targetId: 'p-filter' });
			expect(rows.map((r) => r.action)).toEqual(['step.2', 'step.1', 'step.0']);
			expect(await listAudit(t.ctx(admin), { targetType: 'process', targetId: 'p-filter', limit: 1 })).toHaveLength(1);
			expect(await listAudit(t.ctx(admin), { targetType: 'nothing-here' })).toEqual([]);
		});
	});
});
