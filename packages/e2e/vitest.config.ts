import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Node loads graphql's CommonJS build for every dependency (graphql 16 has no "exports" map), while
    // Vite would give test and source files its ES module build: two copies whose classes fail
    // instanceof checks. Pointing Vite at the CommonJS build leaves one copy, as at run time.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
    name: 'e2e',
    include: ['src/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time keeps two cores free enough for the server.
    fileParallelism: false,
  },
});
