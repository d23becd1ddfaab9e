// The adapter between a panel's selection job and the engine's API. Only the worker imports it.
import type { SelectionJob, SelectionResult } from '../selection.service';

export async function runEngine(job: SelectionJob, progress: (pct: number, text: string) => void): Promise<SelectionResult> {
	progress(2, 'loading the engine');
	let engine: Record<string, unknown>;
	try {
		engine = (await import('@decydujemy/sortition')) as Record<string, unknown>;
	} catch (e) {
		throw new Error(`The selection engine (packages/sortition) has no public entry point yet: ${e instanceof Error ? e.message : e}`);
	}
	throw new Error(`The selection engine's API lacks what the panel needs (exports: ${Object.keys(engine).join(', ')})`);
}
