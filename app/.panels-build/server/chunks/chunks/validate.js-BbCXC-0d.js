import { V as ValidationError } from './errors2.js-qlgBpaJE.js';

// src/lib/server/core/validate.ts
/** Parses service input with zod; a failure becomes a ValidationError naming each field. */
function parseInput(schema, input) {
	const result = schema.safeParse(input);
	if (!result.success) throw ValidationError.fromZod(result.error);
	return result.data;
}

export { parseInput as p };
//# sourceMappingURL=validate.js-BbCXC-0d.js.map
