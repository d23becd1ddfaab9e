import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and integration tests of the server modules (no SvelteKit plugin needed: services use
// relative imports). End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['src/**/*.test.ts'],
		// Every ServiceError a test makes must have translated keys (see the file).
		setupFiles: ['src/lib/server/testing/setup.ts'],
		exclude: ['**/node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: true,
		maxWorkers: 2
	}
});
