/**
 * The audit log in words: every action code (`budget.verify.formal`) has a message
 * `audit_action_<code with _ for .>`, and an entry's before/after is shown as the list of fields
 * that changed ("Stan: submitted → accepted"), with values formatted in the page's language. The
 * raw JSON stays in the CSV export only.
 */
import { messageByKey } from '$lib/i18n';
import { formatDateTime, formatNumber, type Locale } from '$lib/format';

export const actionKey = (code: string) => `audit_action_${code.replace(/[^a-z0-9]/gi, '_')}`;

/** The action's label; an action without one (it should not happen: a test checks the sources)
 * reads "Other action (code)". */
export function actionLabel(code: string, locale: Locale): string {
	return messageByKey(actionKey(code), undefined, locale) ?? `${messageByKey('audit_unknown_action', undefined, locale) ?? ''} (${code})`;
}

export interface FieldChange {
	field: string;
	label: string;
	from: string | null;
	to: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function value(v: unknown, locale: Locale): string {
	if (v === null || v === undefined || v === '') return messageByKey('audit_empty', undefined, locale) ?? '—';
	if (typeof v === 'boolean') return messageByKey(v ? 'audit_yes' : 'audit_no', undefined, locale) ?? String(v);
	if (typeof v === 'number') return formatNumber(v, locale);
	if (typeof v === 'string') return ISO.test(v) ? formatDateTime(v, locale) : v.length > 300 ? `${v.slice(0, 300)}…` : v;
	if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => value(x, locale)).join(', ');
	const s = JSON.stringify(v);
	return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields that differ between before and after (a field only in one of them counts). */
export function changedFields(before: unknown, after: unknown, locale: Locale): FieldChange[] {
	const label = (field: string) => messageByKey(`audit_field_${field}`, undefined, locale) ?? field;
	if (!isRecord(before) && !isRecord(after)) {
		if (before === undefined && after === undefined) return [];
		if (JSON.stringify(before) === JSON.stringify(after)) return [];
		return [{ field: 'value', label: label('value'), from: before === undefined || before === null ? null : value(before, locale), to: after === undefined || after === null ? null : value(after, locale) }];
	}
	const b = isRecord(before) ? before : {};
	const a = isRecord(after) ? after : {};
	const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
	return fields
		.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
		.map((k) => ({ field: k, label: label(k), from: k in b ? value(b[k], locale) : null, to: k in a ? value(a[k], locale) : null }));
}
