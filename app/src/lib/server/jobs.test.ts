import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDatabase, type TestDatabase } from './testing/db';
import { allJobs, runJobsOnce } from './jobs';

describe('background jobs of the modules', () => {
	it('the server runs the meeting reminders and the panels’ GDPR purge and queued selections', () => {
		const names = allJobs().map(({ module, job }) => `${module}: ${job.name}`);
		expect(names).toEqual(
			expect.arrayContaining(['meetings: meeting reminders', 'panels: GDPR purge of non-selected volunteers', 'panels: queued selections'])
		);
		for (const { job } of allJobs()) expect(job.everyMs).toBeGreaterThanOrEqual(60_000);
	});

	describe.each(backends)('on %s', (kind) => {
		let t: TestDatabase;
		beforeAll(async () => {
			t = await openTestDatabase(kind);
		});
		afterAll(() => t.drop());

		it('every job runs, and running them all twice is harmless (they are idempotent)', async () => {
			const lines: string[] = [];
			await runJobsOnce(t.db, new Date('2026-06-01T10:00:00Z'), (l) => lines.push(l));
			await runJobsOnce(t.db, new Date('2026-06-01T10:00:00Z'), (l) => lines.push(l));
			expect(lines).toHaveLength(allJobs().length * 2);
			expect(lines.every((l) => / done in \d+ ms/.test(l))).toBe(true);
		});
	});
});
