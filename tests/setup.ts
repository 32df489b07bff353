// Component tests opt into jsdom per file; the matchers are harmless elsewhere.
import '@testing-library/jest-dom/vitest';
import { setDisplayLocale } from '../shared/dateFormat';

// Dates are shown in the system's locale; tests pin one so their expected text holds anywhere.
setDisplayLocale('en-GB');
