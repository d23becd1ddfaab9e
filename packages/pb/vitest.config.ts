import { defineConfig } from 'vitest/config';

// The corpus tests read ~1,100 Pabulib files; give them room on slow CI machines.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
