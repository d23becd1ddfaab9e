import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['e2e/zzdev.scratch.ts'], testTimeout: 300_000, hookTimeout: 120_000 } });
