// Global setup of `npm run test:attack`: the end-to-end setup (build snapshot, seeded template),
// and at the end the report: attack-report.json at the repository's root and a printed table.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import e2eSetup from '../e2e/support/global-setup';
import { repoRoot } from '../e2e/support/server';
import { emptyFigures, FIGURES, type Figures } from './report';

export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'decydujemy-attack-figures-'));
	process.env.ATTACK_FIGURES_DIR = dir;
	const started = Date.now();
	const teardown = await e2eSetup(project);
	return async () => {
		const scenarios = readdirSync(dir)
			.sort()
			.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { scenario: string; figures: Figures; details: Record<string, unknown> });
		const total = emptyFigures();
		for (const s of scenarios) for (const k of FIGURES) total[k] += s.figures[k];
		const report = { total, scenarios, minutes: Math.round((Date.now() - started) / 600) / 100 };
		writeFileSync(join(repoRoot, 'attack-report.json'), JSON.stringify(report, null, 2) + '\n');
		const rows = [...scenarios.map((s) => [s.scenario, ...FIGURES.map((k) => s.figures[k])]), ['total', ...FIGURES.map((k) => total[k])]];
		const head = ['scenario', ...FIGURES];
		const width = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
		const line = (r: (string | number)[]) => r.map((v, i) => (i === 0 ? String(v).padEnd(width[i]) : String(v).padStart(width[i]))).join('  ');
		console.log(`\n${line(head)}\n${rows.map(line).join('\n')}\n\nattack-report.json written (${report.minutes} min).`);
		rmSync(dir, { recursive: true, force: true });
		await teardown?.();
	};
}
