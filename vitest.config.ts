import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'tests/shared/**/*.test.ts',
      'tests/electron/**/*.test.ts',
      'tests/renderer/**/*.test.{ts,tsx}',
      'tests/scripts/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts', 'tests/recordAssertions.ts'],
    // A deadline, not a delay: generous for a CI machine with one of its two cores busy elsewhere.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
