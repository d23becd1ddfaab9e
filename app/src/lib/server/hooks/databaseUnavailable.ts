/** Is this error the database being unreachable for a while (a restart, a failover, too many
 * connections), rather than a fault in a query? Such requests get a 503 and can be retried. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
// shutdown, 57P03 cannot connect now (starting up, shutting down), 53300 too many connections.
const SQLSTATES = /^(08...|57P0[123]|53300)$/;
const MESSAGES = /Connection terminated|terminating connection|connection error|not queryable|Client was closed|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(error: unknown): boolean {
	let e: unknown = error;
	for (let depth = 0; depth < 6 && e && typeof e === 'object'; depth++) {
		const { code, message } = e as { code?: unknown; message?: unknown };
		if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SQLSTATES.test(code))) return true;
		if (typeof message === 'string' && MESSAGES.test(message)) return true;
		// AggregateError (several addresses refused) and wrapped causes (DrizzleQueryError).
		const inner = (e as { errors?: unknown[] }).errors;
		if (Array.isArray(inner) && inner.some((x) => isDatabaseUnavailable(x))) return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}
