import type { ZodError } from 'zod';

/** Errors a service may throw; routes turn them into 4xx answers, never 5xx. */
export class ServiceError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
		readonly code: string,
		message: string,
		/** Field name → message key or text, for inline form errors. */
		readonly fields: Record<string, string> = {}
	) {
		super(message);
		this.name = 'ServiceError';
	}
}

export class ValidationError extends ServiceError {
	constructor(fields: Record<string, string>, message = 'Invalid input') {
		super(400, 'invalid', message, fields);
	}
	static fromZod(err: ZodError): ValidationError {
		const fields: Record<string, string> = {};
		for (const issue of err.issues) {
			const key = issue.path.join('.') || '_';
			if (!(key in fields)) fields[key] = issue.message;
		}
		return new ValidationError(fields, Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('; '));
	}
}

export class ForbiddenError extends ServiceError {
	constructor(message = 'You are not allowed to do this') {
		super(403, 'forbidden', message);
	}
}

export class UnauthenticatedError extends ServiceError {
	constructor(message = 'Sign in first') {
		super(401, 'unauthenticated', message);
	}
}

export class NotFoundError extends ServiceError {
	constructor(what: string) {
		super(404, 'not_found', `${what} not found`);
	}
}

export class ConflictError extends ServiceError {
	constructor(message: string, fields: Record<string, string> = {}) {
		super(409, 'conflict', message, fields);
	}
}

export class RateLimitedError extends ServiceError {
	constructor(readonly retryAfterSeconds: number) {
		super(429, 'rate_limited', `Too many attempts. Try again in ${retryAfterSeconds} s.`);
	}
}
