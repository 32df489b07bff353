import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { TEST_TIMEOUT_MS } from './timing.ts';

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
    setupFiles: ['tests/recordAssertions.ts'],
    // One browser at a time: CI machines have two cores.
    fileParallelism: false,
    // Deadlines, not delays (see timing.ts): starting Chromium on a fresh profile alone can take
    // several seconds on a busy machine. Tests with large input ask for more.
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
    teardownTimeout: 30_000,
  },
});
