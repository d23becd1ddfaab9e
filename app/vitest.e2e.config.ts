import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the built app (`npx vite build` first). Each test file
// starts its own server on a free port with a fresh embedded database, so files may run side by
// side (two at a time: each holds a server and a browser or two).
export default defineConfig({
	test: {
		include: ['e2e/**/*.e2e.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: true,
		maxWorkers: 2,
		pool: 'forks',
		reporters: ['default']
	}
});
