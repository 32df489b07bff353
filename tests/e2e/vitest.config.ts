import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built renderer in Debian's Chromium, driven by
 * playwright-core. Kept apart from the unit config because they need a build
 * and a browser, and run slower.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // One browser at a time: CI machines have two cores, and a starved
    // renderer turns timing assertions (autosave within a second) flaky.
    fileParallelism: false,
    // Starting Chromium on a fresh profile can take several seconds on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
