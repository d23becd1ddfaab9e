import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { platformSetting } from '../core/schema';
import { recordAudit } from '../audit/service';
import { canEditStatement } from './permissions';
import { DEFAULT_STATEMENT, parseIssues, statementData, type StatementData } from './statement';

const KEY = 'accessibility_statement';

/** The statement as published: the stored record, or the platform's default until an admin
 * saves one. A stored record that no longer reads is replaced by the default rather than failing
 * the page the law requires to be always there. */
export async function getStatement(db: Db): Promise<StatementData> {
	const [row] = await db.select().from(platformSetting).where(eq(platformSetting.key, KEY));
	if (!row) return DEFAULT_STATEMENT;
	const parsed = statementData.safeParse(JSON.parse(row.value));
	return parsed.success ? parsed.data : DEFAULT_STATEMENT;
}

/** Saves the statement from the admin's form (the issues as text, one a line: `what | reason |
 * alternative`). Admins only; audited with the record before and after. */
export async function saveStatement(ctx: ServiceContext, input: Record<string, unknown>): Promise<StatementData> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!canEditStatement(ctx.actor)) throw new ForbiddenError();
	const text = typeof input.knownIssues === 'string' ? input.knownIssues : '';
	const { issues, errorLine } = parseIssues(text);
	if (errorLine) throw new ValidationError({ knownIssues: 'accessibility_issue_line' }, 'invalid', { knownIssues: { line: errorLine } });
	const data = parseInput(statementData, { ...input, knownIssues: issues });
	if (data.updatedOn < data.publishedOn) throw new ValidationError({ updatedOn: 'accessibility_updated_before_published' });
	return ctx.db.transaction(async (tx) => {
		const before = await getStatement(tx as unknown as Db);
		const value = JSON.stringify(data);
		await tx.insert(platformSetting).values({ key: KEY, value }).onConflictDoUpdate({ target: platformSetting.key, set: { value } });
		await recordAudit(tx, ctx, { action: 'accessibility_statement_saved', targetType: 'accessibility_statement', targetId: KEY, before, after: data });
		return data;
	});
}

/** The record for the admin's form; admins only. */
export async function statementForEditing(ctx: ServiceContext): Promise<StatementData> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!canEditStatement(ctx.actor)) throw new ForbiddenError();
	return getStatement(ctx.db);
}
