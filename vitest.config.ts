import { defineConfig } from 'vitest/config';

// One run covers every package; each package's own vitest.config.ts sets its files and time-outs.
export default defineConfig({
  test: {
    projects: ['packages/server', 'packages/e2e'],
  },
});
