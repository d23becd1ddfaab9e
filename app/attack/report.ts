// The attack suite's figures: each file adds its counts under its own name (a JSON file per
// file in ATTACK_FIGURES_DIR); the global teardown (attack/setup.ts) sums them into
// attack-report.json at the repository's root and prints the table.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Figures {
	ballotsAttempted: number;
	ballotsAcknowledged: number;
	ballotsPresent: number;
	kills: number;
	probes: number;
	payloads: number;
	requests: number;
	status5xx: number;
}

export const FIGURES: (keyof Figures)[] = ['ballotsAttempted', 'ballotsAcknowledged', 'ballotsPresent', 'kills', 'probes', 'payloads', 'requests', 'status5xx'];

export function emptyFigures(): Figures {
	return { ballotsAttempted: 0, ballotsAcknowledged: 0, ballotsPresent: 0, kills: 0, probes: 0, payloads: 0, requests: 0, status5xx: 0 };
}

/** Adds one scenario's figures (with its own details) to the run's report. */
export function record(scenario: string, figures: Partial<Figures>, details: Record<string, unknown> = {}): void {
	const dir = process.env.ATTACK_FIGURES_DIR;
	if (!dir) return; // run outside the attack suite (e.g. the authz matrix in npm test)
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${scenario.replace(/[^\w.-]+/g, '_')}.json`);
	const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { figures: Figures }).figures : emptyFigures();
	const sum = { ...before };
	for (const k of FIGURES) sum[k] += figures[k] ?? 0;
	writeFileSync(file, JSON.stringify({ scenario, figures: sum, details }, null, 2));
}

/** Counts the requests a client makes and the 5xx answers it gets. */
export function counter() {
	const c = { requests: 0, status5xx: 0 };
	return {
		c,
		async fetch(input: string, init?: RequestInit): Promise<Response> {
			c.requests++;
			const res = await fetch(input, init);
			if (res.status >= 500) c.status5xx++;
			return res;
		}
	};
}
