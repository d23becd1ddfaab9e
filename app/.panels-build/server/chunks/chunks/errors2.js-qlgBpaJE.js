// src/lib/server/core/errors.ts
/** Errors a service may throw; routes turn them into 4xx answers, never 5xx. */
var ServiceError = class extends Error {
	status;
	code;
	fields;
	constructor(status, code, message, fields = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.fields = fields;
		this.name = "ServiceError";
	}
};
var ValidationError = class ValidationError extends ServiceError {
	constructor(fields, message = "Invalid input") {
		super(400, "invalid", message, fields);
	}
	static fromZod(err) {
		const fields = {};
		for (const issue of err.issues) {
			const key = issue.path.join(".") || "_";
			if (!(key in fields)) fields[key] = issue.message;
		}
		return new ValidationError(fields, Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("; "));
	}
};
var ForbiddenError = class extends ServiceError {
	constructor(message = "You are not allowed to do this") {
		super(403, "forbidden", message);
	}
};
var UnauthenticatedError = class extends ServiceError {
	constructor(message = "Sign in first") {
		super(401, "unauthenticated", message);
	}
};
var NotFoundError = class extends ServiceError {
	constructor(what) {
		super(404, "not_found", `${what} not found`);
	}
};
var ConflictError = class extends ServiceError {
	constructor(message, fields = {}) {
		super(409, "conflict", message, fields);
	}
};
var RateLimitedError = class extends ServiceError {
	retryAfterSeconds;
	constructor(retryAfterSeconds) {
		super(429, "rate_limited", `Too many attempts. Try again in ${retryAfterSeconds} s.`);
		this.retryAfterSeconds = retryAfterSeconds;
	}
};

export { ConflictError as C, ForbiddenError as F, NotFoundError as N, RateLimitedError as R, ServiceError as S, UnauthenticatedError as U, ValidationError as V };
//# sourceMappingURL=errors2.js-qlgBpaJE.js.map
