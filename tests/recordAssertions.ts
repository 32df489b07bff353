import { afterEach, expect } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** How many assertions the test made; the JSON report carries it to scripts/check-proofs.mjs. */
    assertions?: number;
  }
}

// Every test records its count, so a security proof that was emptied (it passes, asserting
// nothing) fails the last step of `npm test`. Set up in both the unit and end-to-end configs.
afterEach(({ task }) => {
  task.meta.assertions = expect.getState().assertionCalls;
});
