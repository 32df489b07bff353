// Component tests opt into jsdom per file; the matchers are harmless elsewhere.
import '@testing-library/jest-dom/vitest';
