/** Rendering the officials' workspace: the modules' tools and waiting work carry message keys
 * (see $lib/server/workspace.ts); here they become sentences in the page's language. */
import { m, formatDate, formatNumber } from '$lib/i18n';

type Message = (params?: Record<string, unknown>) => string;
const table = m as unknown as Record<string, Message | undefined>;

/** A message by key, or the key itself when no module defined it (visible, never blank). */
export function messageByKey(key: string, params?: Record<string, unknown>): string {
	const fn = table[key];
	return typeof fn === 'function' ? fn(params) : key;
}

/** "12 projektów czeka na ocenę formalną": the module's sentence with the count in the page's
 * language (plural variants choose by `count`, the text shows `n`). */
export function waitingText(w: { label: string; count: number }): string {
	return messageByKey(w.label, { count: w.count, n: formatNumber(w.count) });
}

export function dueText(due: Date | string, now: Date = new Date()): string {
	const d = new Date(due);
	return d.getTime() < now.getTime() ? m.workspace_overdue({ date: formatDate(d) }) : m.workspace_due({ date: formatDate(d) });
}
