import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// `npm run test:attack`: the long attack suite (not part of npm test) against the built app —
// ballots under load and kill -9, PostgreSQL restarted under load, the constraint's negative
// control, stored XSS in Chromium, bad input on every API parameter, and the authorization
// matrix. One file at a time: they load the machine on purpose.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['attack/**/*.attack.test.ts', 'e2e/authz.e2e.test.ts'],
		globalSetup: ['attack/setup.ts'],
		testTimeout: 900_000,
		hookTimeout: 300_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks',
		reporters: ['default']
	}
});
