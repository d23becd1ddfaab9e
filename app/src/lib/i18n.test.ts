// The language rules, checked on the sources and the message files (no server, no browser):
// - every message exists in pl, en and uk, with the same inputs and complete plural forms;
// - no route or service throws a sentence: every key a ServiceError, `httpError`, or a zod
//   schema carries has a text `err_<key>` in the three languages, and routes never hand SvelteKit's
//   `error()` or `new Error()` a text;
// - a text-length limit in a zod schema is named by its message ({max}, {min} or the number).
// New modules are held to the same rules as soon as their files are in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_DIR, LANGS, catalogue, inputsOf, texts, type StoredMessage } from './server/testing/messages';
import { MESSAGE_KEY } from './server/core/errors';

const SRC = join(APP_DIR, 'src');

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (name === 'paraglide' || name === 'node_modules') continue;
		if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
		else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) && !p.includes('/testing/')) out.push(p);
	}
	return out;
}

/** The TypeScript of a file (a Svelte component's `<script>` blocks). */
function scriptOf(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

const ERROR_CLASSES = new Set(['ServiceError', 'ValidationError', 'ForbiddenError', 'UnauthenticatedError', 'NotFoundError', 'ConflictError']);
// zod methods whose string argument (or `{ message | error }`) is the message of the issue.
const ZOD_MESSAGE_METHODS = new Set(['min', 'max', 'length', 'regex', 'email', 'url', 'uuid', 'int', 'positive', 'nonnegative', 'negative', 'gte', 'lte', 'gt', 'lt', 'refine', 'superRefine', 'nonempty', 'multipleOf', 'date', 'datetime']);
const ZOD_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'array', 'object', 'date', 'coerce', 'bigint', 'union', 'tuple', 'record', 'iso']);

/** What `ValidationError.fromZod` gives every zod message: the limits and the typed length. */
const ZOD_PARAMS = new Set(['min', 'max', 'got']);

interface Finding {
	file: string;
	line: number;
	what: string;
}

interface ScanResult {
	/** Keys used by thrown errors and schemas, where. */
	keys: { key: string; file: string; line: number; how: string; params: Set<string> | 'some' | 'none' }[];
	/** Things that are not keys at all (sentences, templates). */
	problems: Finding[];
	/** Text-length limits `.max(120, 'key')` on a z.string() chain. */
	limits: { key: string; kind: 'min' | 'max'; value: number | null; file: string; line: number }[];
}

function scan(): ScanResult {
	const result: ScanResult = { keys: [], problems: [], limits: [] };
	for (const file of sourceFiles(SRC)) {
		const rel = relative(APP_DIR, file);
		const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
		const lineOf = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
		const isRoute = rel.startsWith('src/routes/');
		const isService = /(^|\/)([\w.]*service|http|permissions)\.ts$/.test(rel) || rel.includes('/service/');

		/** Every string in an argument: literals, both sides of `?:`, `??`, `||`, object values. */
		const stringsIn = (node: ts.Node, how: string, out: { text: string | null; node: ts.Node }[] = []) => {
			if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ text: node.text, node });
			else if (ts.isTemplateExpression(node)) out.push({ text: null, node });
			// `e.message` of some other error: a sentence (often English), never a key
			else if (ts.isPropertyAccessExpression(node) && node.name.text === 'message') out.push({ text: null, node });
			else if (ts.isConditionalExpression(node)) (stringsIn(node.whenTrue, how, out), stringsIn(node.whenFalse, how, out));
			else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) (stringsIn(node.left, how, out), stringsIn(node.right, how, out));
			else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) stringsIn(node.expression, how, out);
			else if (ts.isObjectLiteralExpression(node))
				for (const p of node.properties) {
					if (ts.isPropertyAssignment(p)) stringsIn(p.initializer, how, out);
				}
			return out;
		};
		/** `params`: the values the message will get: none, some (an expression), or known names. */
		const record = (node: ts.Node, how: string, params: Set<string> | 'some' | 'none' = 'none') => {
			for (const s of stringsIn(node, how)) {
				if (s.text === null) result.problems.push({ file: rel, line: lineOf(s.node), what: `${how}: ${s.node.getText(source).slice(0, 80)} is not a message key` });
				else if (!MESSAGE_KEY.test(s.text)) result.problems.push({ file: rel, line: lineOf(s.node), what: `${how}: ${JSON.stringify(s.text)} is a sentence, not a message key` });
				else result.keys.push({ key: s.text, file: rel, line: lineOf(s.node), how, params });
			}
		};
		const calleeName = (e: ts.Expression): string | null => (ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : null);
		/** The root of a method chain: `z.string().trim().max(…)` → the `z.string()` call. */
		const chainRoot = (e: ts.Expression): string | null => {
			let cur: ts.Expression = e;
			for (;;) {
				if (ts.isCallExpression(cur)) cur = cur.expression;
				else if (ts.isPropertyAccessExpression(cur)) {
					if (ts.isIdentifier(cur.expression) && cur.expression.text === 'z') return cur.name.text;
					cur = cur.expression;
				} else return null;
			}
		};

		const visit = (node: ts.Node) => {
			if (ts.isNewExpression(node)) {
				const name = calleeName(node.expression);
				if (name && ERROR_CLASSES.has(name)) {
					const args = node.arguments ?? [];
					const given = (i: number): 'some' | 'none' => (args[i] ? 'some' : 'none');
					// Which argument holds a key (or fields of keys), and which one their values.
					const layout: Record<string, [number, number][]> = {
						ServiceError: [[2, 4], [3, 5]],
						ValidationError: [[0, 2], [1, 3]],
						ConflictError: [[0, 2], [1, -1]],
						ForbiddenError: [[0, 1]],
						NotFoundError: [[0, -1]],
						UnauthenticatedError: [[0, -1]]
					};
					for (const [keyArg, paramsArg] of layout[name]) if (args[keyArg]) record(args[keyArg], `new ${name}()`, paramsArg < 0 ? 'none' : given(paramsArg));
				}
				if (name === 'Error' && (isRoute || isService)) result.problems.push({ file: rel, line: lineOf(node), what: 'new Error() in a route or service: throw a ServiceError with a message key' });
			}
			if (ts.isCallExpression(node)) {
				const name = calleeName(node.expression);
				if (isRoute && name === 'error' && ts.isIdentifier(node.expression) && node.arguments.length >= 2) {
					const msg = node.arguments[1];
					if (!ts.isObjectLiteralExpression(msg)) result.problems.push({ file: rel, line: lineOf(node), what: `error(status, ${msg.getText(source).slice(0, 60)}): use httpError(status, 'key') so the page shows a translated text` });
				}
				if (name === 'httpError' && node.arguments[1]) record(node.arguments[1], 'httpError()', node.arguments[2] ? 'some' : 'none');
				if (name && ZOD_MESSAGE_METHODS.has(name) && ts.isPropertyAccessExpression(node.expression)) {
					const root = chainRoot(node.expression.expression);
					if (root && ZOD_TYPES.has(root)) {
						for (const arg of node.arguments) {
							if (ts.isStringLiteral(arg) || ts.isObjectLiteralExpression(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isTemplateExpression(arg)) record(arg, `zod .${name}()`, ZOD_PARAMS);
						}
						const last = node.arguments[node.arguments.length - 1];
						if (root === 'string' && (name === 'min' || name === 'max') && node.arguments.length === 2 && last && ts.isStringLiteral(last) && MESSAGE_KEY.test(last.text)) {
							const n = node.arguments[0];
							result.limits.push({ key: last.text, kind: name, value: ts.isNumericLiteral(n) ? Number(n.text.replace(/_/g, '')) : null, file: rel, line: lineOf(node) });
						}
					}
				}
				// z.string('key'), z.number({ error: 'key' }), z.coerce.number({ error: 'key' }), z.enum([...], 'key')
				if (name && ts.isPropertyAccessExpression(node.expression) && ZOD_TYPES.has(name) && chainRoot(node.expression) !== null) {
					const args = name === 'enum' || name === 'literal' || name === 'array' || name === 'object' || name === 'union' || name === 'tuple' || name === 'record' ? node.arguments.slice(1) : node.arguments;
					for (const arg of args) if (ts.isStringLiteral(arg) || ts.isObjectLiteralExpression(arg)) record(arg, `z.${name}()`, ZOD_PARAMS);
				}
				// ctx.addIssue({ message: 'key' }) in superRefine
				if (name === 'addIssue' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
					for (const p of node.arguments[0].properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'message') record(p.initializer, 'addIssue()', ZOD_PARAMS);
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return result;
}

const c = catalogue();
const scanned = scan();

/** A letter, digit or closing mark right before "(" or "—", or a word right after "—". */
const GLUED = /[\p{L}\p{N}.,:;!?}][(—]|—[\p{L}\p{N}{]/u;
/** Not a missing space: a grammatical ending in brackets ("wybrany(-a)", "вибув(-ла)") and a
 * function in a formula ("SHA-256(seed…)"). */
const withoutExceptions = (t: string) => t.replace(/(?<=\p{L})\(-?\p{Ll}{1,3}\)/gu, '').replace(/\b[A-Z][A-Z0-9]*(?:-\d+)?\(/g, ' (');

describe('message files', () => {
	it('every message exists in pl, en and uk (no page falls back to another language)', () => {
		const all = new Set(LANGS.flatMap((l) => [...c.byLang[l].keys()]));
		const missing = [...all].flatMap((k) => LANGS.filter((l) => !c.byLang[l].has(k)).map((l) => `${l}: ${k}`));
		expect(missing).toEqual([]);
	});

	it('the three languages fill in the same values', () => {
		const differ: string[] = [];
		for (const [k, pl] of c.byLang.pl) {
			const want = [...inputsOf(pl)].sort().join(',');
			for (const l of ['en', 'uk'] as const) {
				const other = c.byLang[l].get(k);
				if (other === undefined) continue;
				const got = [...inputsOf(other)].sort().join(',');
				if (got !== want) differ.push(`${k} (${l}): {${got}} vs pl {${want}}`);
			}
		}
		expect(differ).toEqual([]);
	});

	it('plural messages have every CLDR category of their language', () => {
		// Polish and Ukrainian: one, few, many (and "*" for fractions); English: one and "*".
		const need: Record<string, string[]> = { pl: ['one', 'few', 'many', '*'], uk: ['one', 'few', 'many', '*'], en: ['one', '*'] };
		const incomplete: string[] = [];
		for (const l of LANGS)
			for (const [k, msg] of c.byLang[l]) {
				if (typeof msg === 'string') continue;
				for (const variant of msg) {
					const plurals = (variant.declarations ?? []).map((d) => /^local (\w+) = \w+: plural$/.exec(d.trim())?.[1]).filter(Boolean) as string[];
					for (const sel of plurals) {
						const cats = new Set(Object.keys(variant.match).flatMap((cond) => cond.split(',').map((x) => x.trim()).filter((x) => x.startsWith(`${sel}=`)).map((x) => x.slice(sel.length + 1))));
						const lacking = need[l].filter((cat) => !cats.has(cat));
						if (lacking.length) incomplete.push(`${l}: ${k} lacks ${lacking.join(', ')}`);
					}
				}
			}
		expect(incomplete).toEqual([]);
	});

	it('texts put a space before "(" and around "—"', () => {
		const glued: string[] = [];
		for (const l of LANGS)
			for (const [k, msg] of c.byLang[l])
				for (const t of texts(msg as StoredMessage)) if (GLUED.test(withoutExceptions(t))) glued.push(`${l}: ${k}: ${t}`);
		expect(glued).toEqual([]);
	});
});

describe('no route or service throws a message that is not a key', () => {
	it('found the throws to check (the scan sees the sources)', () => {
		expect(scanned.keys.length).toBeGreaterThan(300);
	});

	it('every error, httpError and zod message is a key, never a sentence or a template', () => {
		expect(scanned.problems.map((p) => `${p.file}:${p.line}: ${p.what}`)).toEqual([]);
	});

	it('every key has a text err_<key> in pl, en and uk', () => {
		const untranslated = scanned.keys.filter((k) => !LANGS.every((l) => c.byLang[l].has(`err_${k.key}`))).map((k) => `${k.file}:${k.line}: ${k.how} '${k.key}' (missing err_${k.key} in ${LANGS.filter((l) => !c.byLang[l].has(`err_${k.key}`)).join(', ')})`);
		expect(untranslated).toEqual([]);
	});

	it('a message that names values gets them (no "undefined" or empty gap in the text)', () => {
		const starved = scanned.keys
			.filter((k) => {
				const msg = c.byLang.pl.get(`err_${k.key}`);
				if (!msg) return false;
				const needs = [...inputsOf(msg)];
				if (!needs.length || k.params === 'some') return false;
				return k.params === 'none' || needs.some((n) => !(k.params as Set<string>).has(n));
			})
			.map((k) => `${k.file}:${k.line}: ${k.how} '${k.key}' needs {${[...inputsOf(c.byLang.pl.get(`err_${k.key}`)!)].join(', ')}}`);
		expect(starved).toEqual([]);
	});

	it('a text-length limit is named in its message ({max}/{min} or the number)', () => {
		// `.min(1, key)` means "required"; a code, a seed or a receipt has a format, not a length a
		// person writes to (their messages say what a valid one looks like).
		const FORMAT_KEYS = new Set(['code_invalid', 'seed_invalid', 'budgets_receipt_invalid', 'invalid_token', 'csv_too_large']);
		const unnamed = scanned.limits
			.filter((lim) => !(lim.kind === 'min' && lim.value === 1) && !FORMAT_KEYS.has(lim.key))
			.filter((lim) => {
				const msg = c.byLang.pl.get(`err_${lim.key}`);
				if (!msg) return false; // reported above
				if (inputsOf(msg).has(lim.kind)) return false;
				return !texts(msg).every((t) => lim.value !== null && t.replace(/[\s\u00a0]/g, '').includes(String(lim.value)));
			})
			.map((lim) => `${lim.file}:${lim.line}: .${lim.kind}(${lim.value ?? '…'}, '${lim.key}') but err_${lim.key} does not name the limit`);
		expect(unnamed).toEqual([]);
	});
});
