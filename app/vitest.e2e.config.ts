import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// End-to-end tests: real Chromium against the built app (`npx vite build` first). The global setup
// seeds one database; each test file starts its own server on a free port with a fresh copy of
// it, so files may run side by side (two at a time: each holds a server and a browser or two).
export default defineConfig({
	// $lib for the few files that test app modules needing the compiled messages (built by then).
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['e2e/**/*.e2e.test.ts'],
		globalSetup: ['e2e/support/global-setup.ts'],
		testTimeout: 300_000,
		hookTimeout: 300_000,
		fileParallelism: true,
		maxWorkers: 2,
		pool: 'forks',
		reporters: ['default']
	}
});
