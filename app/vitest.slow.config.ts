import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The slow checks (e.g. LEXIMIN on the demo panel's whole pool): `npm run test:slow -w app`.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: { include: ['src/**/*.slow.test.ts'], testTimeout: 3_600_000, hookTimeout: 600_000 }
});
