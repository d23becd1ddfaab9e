import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['e2e/zzdev.e2e.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 } });
