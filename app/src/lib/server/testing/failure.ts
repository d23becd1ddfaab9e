import { ServiceError } from '../core/errors';

/** What a service call refused with (status, message key, fields), or null when it succeeded.
 * Other errors are rethrown: a test of a refusal must not pass on a crash. */
export async function failure(p: Promise<unknown>): Promise<{ status: number; message: string; fields?: Record<string, string> } | null> {
	try {
		await p;
		return null;
	} catch (e) {
		if (e instanceof ServiceError) return { status: e.status, message: e.message, fields: e.fields };
		throw e;
	}
}
