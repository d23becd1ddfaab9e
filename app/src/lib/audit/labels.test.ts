/**
 * Every audit action the sources can record has a label in Polish, English and Ukrainian, and
 * an entry's before/after reads as the list of changed fields.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionKey, actionLabel, changedFields } from './labels';

const src = fileURLToPath(new URL('../../', import.meta.url));
const messagesDir = fileURLToPath(new URL('../../../messages/', import.meta.url));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return f === 'paraglide' ? [] : files(p);
		return /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
	});
}

/** Actions built from a value (`budget.verify.${d.stage}`): every value the code allows. */
const TEMPLATES: Record<string, string[]> = {
	'budget.verify.${d.stage}': ['budget.verify.formal', 'budget.verify.merit'],
	'budget.phase.${to}': ['support', 'verification', 'appeals', 'voting', 'results', 'implementation'].map((p) => `budget.phase.${p}`),
	'process.${status}': ['process.draft', 'process.published', 'process.closed'],
	'initiative.${d.decision}': ['initiative.approve', 'initiative.reject'],
	'initiative.report.${d.verdict}': ['initiative.report.accept', 'initiative.report.return']
};

/** Every action code recorded anywhere in the sources: `action: '…'` (also both sides of a
 * conditional), actions passed on by a helper (`dropMember(…, 'organisation.member_leave')`)
 * and the templates above. */
function emittedActions(): { codes: Set<string>; templates: Set<string> } {
	const codes = new Set<string>();
	const templates = new Set<string>();
	for (const f of files(src)) {
		const s = readFileSync(f, 'utf8');
		if (!s.includes('recordAudit')) continue;
		for (const m of s.matchAll(/action:\s*([^\n]*)/g)) {
			const line = m[1]!;
			const tpl = /^`([^`]*)`/.exec(line);
			if (tpl) templates.add(tpl[1]!);
			else for (const q of line.split(/,\s*[a-zA-Z]+:/)[0]!.matchAll(/'([a-z][a-z_]*(?:\.[a-z_]+)*)'/g)) codes.add(q[1]!);
		}
		for (const m of s.matchAll(/dropMember\([^)]*'([a-z_.]+)'\)/g)) codes.add(m[1]!);
	}
	return { codes, templates };
}

const messages = Object.fromEntries(['pl', 'en', 'uk'].map((l) => [l, readdirSync(messagesDir).reduce<Record<string, string>>((acc, d) => {
	try {
		return { ...acc, ...JSON.parse(readFileSync(join(messagesDir, d, `${l}.json`), 'utf8')) };
	} catch {
		return acc;
	}
}, {})])) as Record<'pl' | 'en' | 'uk', Record<string, string>>;

describe('audit action labels', () => {
	const { codes, templates } = emittedActions();

	it('finds the actions the services record', () => {
		expect(codes.size).toBeGreaterThan(70);
		for (const c of ['budget.appeal.decide', 'budget.voting.extend', 'comment.hide', 'organisation.member_leave', 'accessibility_statement_saved']) expect(codes).toContain(c);
	});

	it('knows the values of every action built from a template', () => {
		expect([...templates].filter((t) => !(t in TEMPLATES))).toEqual([]);
	});

	it('every action has a label in Polish, English and Ukrainian', () => {
		const all = [...codes, ...[...templates].flatMap((t) => TEMPLATES[t] ?? [])];
		for (const lang of ['pl', 'en', 'uk'] as const) expect(all.filter((c) => !messages[lang][actionKey(c)]), lang).toEqual([]);
	});

	it('the page shows the label, not the code', () => {
		expect(actionLabel('budget.verify.formal', 'pl')).toBe('Ocena formalna projektu');
		expect(actionLabel('budget.verify.formal', 'en')).toBe('Formal assessment of a project');
		expect(actionLabel('no.such.action', 'pl')).toBe('Inne działanie (no.such.action)');
	});
});

describe('changed fields', () => {
	it('lists only the fields that changed, with their labels and formatted values', () => {
		expect(changedFields({ status: 'submitted', progress: 10 }, { status: 'accepted', progress: 10, positive: true }, 'pl')).toEqual([
			{ field: 'status', label: 'Stan', from: 'submitted', to: 'accepted' },
			{ field: 'positive', label: 'Wynik pozytywny', from: null, to: 'tak' }
		]);
		expect(changedFields({ amount: 1234567 }, { amount: 2000000 }, 'pl')[0]).toMatchObject({ label: 'Kwota', from: '1\u00a0234\u00a0567', to: '2\u00a0000\u00a0000' });
	});
	it('dates read as dates in Kraków, lists as lists, an unknown field by its name', () => {
		const [c] = changedFields({ votingClosesAt: '2026-12-20T22:59:00.000Z' }, { votingClosesAt: '2026-12-27T22:59:00.000Z' }, 'en');
		expect(c).toMatchObject({ label: 'Voting closes' });
		expect(c!.to).toMatch(/27 Dec 2026/);
		expect(changedFields(null, { selected: ['A1', 'B2'], fooBar: 'x' }, 'en')).toEqual([
			{ field: 'selected', label: 'Funded projects', from: null, to: 'A1, B2' },
			{ field: 'fooBar', label: 'fooBar', from: null, to: 'x' }
		]);
	});
	it('a value that is not an object (a list of pools counted) is one change; nothing changed is no row', () => {
		expect(changedFields(null, [{ pool: 'p1' }], 'en')).toEqual([{ field: 'value', label: 'Value', from: null, to: '[{"pool":"p1"}]' }]);
		expect(changedFields({ a: 1 }, { a: 1 }, 'en')).toEqual([]);
		expect(changedFields(undefined, undefined, 'en')).toEqual([]);
	});
});
