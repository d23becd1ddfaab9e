import { defineConfig } from 'vitest/config';
// Temporary (panels dev): the e2e config without the global setup, against E2E_BASE_URL.
export default defineConfig({ test: { root: '/work/main/app', include: ['e2e/panels.e2e.test.ts'], testTimeout: 900_000, hookTimeout: 120_000, pool: 'forks' } });
