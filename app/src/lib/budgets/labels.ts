import { m, getLocale, type Locale } from '$lib/i18n';
import { explanationText as explain, type StoredExplanation } from './explain';

const table = m as unknown as Record<string, ((p?: Record<string, unknown>) => string) | undefined>;

/** A message `budgets_<group>_<value>` (phase, ballot kind, rule, category...), or the value. */
export function label(group: string, value: string | null | undefined): string {
	if (!value) return '';
	const fn = table[`budgets_${group}_${value.replace(/[^a-z0-9]/gi, '_')}`];
	return typeof fn === 'function' ? fn() : value;
}

export function pln(n: number | null | undefined): string {
	if (n === null || n === undefined) return '';
	const loc = getLocale() === 'uk' ? 'uk-UA' : getLocale() === 'en' ? 'en-GB' : 'pl-PL';
	return `${new Intl.NumberFormat(loc, { maximumFractionDigits: 0 }).format(n)} zł`;
}

export function num(n: number | null | undefined, digits = 0): string {
	if (n === null || n === undefined) return '';
	const loc = getLocale() === 'uk' ? 'uk-UA' : getLocale() === 'en' ? 'en-GB' : 'pl-PL';
	return new Intl.NumberFormat(loc, { maximumFractionDigits: digits }).format(n);
}

/** The explanation of a project's result in the reader's language, figures formatted. */
export function explanationText(e: StoredExplanation | null | undefined): string {
	return explain(e, getLocale() as Locale);
}

export const PHASE_ORDER = ['submission', 'support', 'verification', 'appeals', 'voting', 'results', 'implementation'] as const;

/** Encodes a ballot in a form field: "pool:id,id|pool:id*3,id*2" (points after *). */
export function encodeBallot(parts: Record<string, { projects: string[]; points?: number[] }>): string {
	return Object.entries(parts)
		.filter(([, p]) => p.projects.length)
		.map(([pool, p]) => `${pool}:${p.projects.map((id, k) => (p.points ? `${id}*${p.points[k]}` : id)).join(',')}`)
		.join('|');
}

export function decodeBallot(s: string): Record<string, { projects: string[]; points?: number[] }> {
	const out: Record<string, { projects: string[]; points?: number[] }> = {};
	for (const chunk of s.split('|').slice(0, 50)) {
		const [pool, list] = chunk.split(':');
		if (!pool || !list) continue;
		const items = list.split(',').slice(0, 200);
		const hasPoints = items.some((i) => i.includes('*'));
		out[pool] = { projects: items.map((i) => i.split('*')[0]) };
		if (hasPoints) out[pool].points = items.map((i) => Number(i.split('*')[1] ?? 0));
	}
	return out;
}

/** Service errors carry a message key (e.g. `rules_frozen`) in `message`; show its text. */
export function fixForm<T extends { message?: string; code?: string } | null | undefined>(form: T): T {
	if (!form || !form.message) return form;
	const fn = table[`err_${form.message}`];
	return typeof fn === 'function' ? { ...form, code: form.message } : form;
}
