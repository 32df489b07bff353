// Component tests opt into jsdom per file; the matchers are harmless elsewhere.
import '@testing-library/jest-dom/vitest';
import { setDisplayLocale } from '../shared/dateFormat';

// Dates are shown in the system's locale; tests pin one so their expected text holds anywhere.
setDisplayLocale('en-GB');

if (typeof document !== 'undefined') {
  // findBy* and waitFor wait for a state, re-checking on every DOM change. Their default
  // deadline (1 s) is a poll budget a busy CI core can miss; this one is only reached when
  // the state never comes, and stays under the test timeout so the failure names what is missing.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 20_000 });
}
