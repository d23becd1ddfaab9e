import { z as zod, type z } from 'zod';
import { parseAmount } from '../../format';
import { ValidationError } from './errors';

/** Parses service input with zod; a failure becomes a ValidationError naming each field with a
 * message key and the limits it names (`{ max: 120, got: 134 }`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const result = schema.safeParse(input);
	if (!result.success) throw ValidationError.fromZod(result.error, input);
	return result.data;
}

/**
 * An amount in złoty as people type it ("24 000,50", "24000.50 zł", "1 000 000"), read by the
 * Polish rules (the comma is the decimal mark; "24,000" is refused as three decimals rather than
 * read as 24) and then checked by `schema`. An empty field is `undefined`. `whole` refuses grosze
 * where the rules count in whole złoty (pool amounts), saying so.
 */
export function amountInput<S extends z.ZodType>(schema: S, opts: { whole?: boolean } = {}) {
	return zod.preprocess((v, ctx) => {
		if (v === '' || v === null || v === undefined) return undefined;
		if (typeof v === 'number') return v;
		const parsed = parseAmount(String(v), 'pl');
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: parsed.error, input: v });
			return zod.NEVER;
		}
		if (opts.whole && !Number.isInteger(parsed.value)) {
			ctx.addIssue({ code: 'custom', message: 'amount_whole', input: v });
			return zod.NEVER;
		}
		return parsed.value;
	}, schema);
}
