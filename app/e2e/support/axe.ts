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
	// Legacy mode runs axe in the page itself instead of in each frame plus a blank page to
	// merge the results: twice as fast, and our pages have no iframes. Only violations need
	// their nodes listed.
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.options({ resultTypes: ['violations'] })
		.setLegacyMode(true)
		.analyze();
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

/** axe needs timers, which Chromium does not run in a page whose JavaScript is disabled. For a
 * no-JavaScript page, the checker copies the page's current DOM (without its scripts, so it
 * stays exactly as the server rendered it) into a page of a second, JavaScript-enabled browser,
 * at the same URL so the same stylesheets load, and runs axe there. */
export interface AxeChecker {
	check(page: Page, label?: string): Promise<void>;
	close(): Promise<void>;
}

export function createAxeChecker(javaScriptEnabled: boolean): AxeChecker {
	if (javaScriptEnabled) return { check: (page, label) => expectAccessible(page, label), close: async () => undefined };
	let mirror: Promise<import('./browser').Browser> | undefined;
	return {
		async check(page, label) {
			const { launchBrowser } = await import('./browser');
			mirror ??= launchBrowser({ javaScriptEnabled: true });
			const m = await mirror;
			const url = page.url();
			const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
			const matcher = (u: URL) => u.href === url;
			await m.page.route(matcher, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
			try {
				await m.page.goto(url, { waitUntil: 'load' });
				await expectAccessible(m.page, label ?? new URL(url).pathname + new URL(url).search);
			} finally {
				await m.page.unroute(matcher);
			}
		},
		async close() {
			if (mirror) await (await mirror).close();
		}
	};
}
