// axe-core checks against WCAG 2.1 A and AA: serious and critical violations fail the test and
// are printed one per line with the offending elements.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = Result['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

export function formatViolations(where: string, violations: Violation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 8)
				.map((n) => `      - ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
				.join('\n');
			const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
			return `  [${v.impact}] ${v.id}: ${v.help} (${where})\n    ${v.helpUrl}\n${nodes}${more}`;
		})
		.join('\n');
}

/** Runs axe on the current page; returns the readable list of serious/critical violations ('' if none). */
export async function axeReport(page: Page, label?: string): Promise<string> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const blocking = result.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
	return blocking.length ? formatViolations(label ?? new URL(page.url()).pathname + new URL(page.url()).search, blocking) : '';
}

/** Fails on any serious or critical WCAG 2.1 AA violation of the current page. */
export async function expectAccessible(page: Page, label?: string): Promise<void> {
	const report = await axeReport(page, label);
	if (report) {
		console.error(`Accessibility violations:\n${report}`);
		throw new Error(`Accessibility violations on ${label ?? page.url()}:\n${report}`);
	}
}
