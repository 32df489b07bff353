// Types for headlessRenderer.mjs, so its TypeScript callers (the e2e tests) are checked.

/** Debian's Chromium; nothing here ever downloads a browser. */
export const CHROMIUM_PATH: string;

/** Launch flags for headless runs: no sandbox, no background traffic. */
export const CHROMIUM_ARGS: readonly string[];

/** Options for a fresh headless profile (launchPersistentContext), shared by e2e tests and the bench. */
export const CHROMIUM_CONTEXT_OPTIONS: Readonly<{
  executablePath: string;
  headless: true;
  args: readonly string[];
  viewport: { width: number; height: number };
  locale: string;
  serviceWorkers: 'block';
}>;

/** An init script for a profile that has closed the first-launch welcome, so scripts can drive the app at once. */
export function markWelcomeSeen(): void;

export interface StaticServer {
  /** The server's base URL, ending in a slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** Serves `directory` on 127.0.0.1 at a free port; rejects when it has no index.html. */
export function serveDirectory(directory: string): Promise<StaticServer>;
