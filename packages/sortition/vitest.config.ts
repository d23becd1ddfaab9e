import { defineConfig } from "vitest/config";

// Solver-backed tests take seconds each; the whole package must stay under ~3 minutes on 2 cores.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
