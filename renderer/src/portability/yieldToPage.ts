/** The page's scheduler where Chromium offers it (Chrome 129 and later); typed here, as TypeScript's DOM lib lacks it. */
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/**
 * Lets the page paint and handle input before long work goes on: the
 * scheduler's yield keeps the work's place in line; a zero timeout is the
 * fallback.
 */
export function yieldToPage(): Promise<void> {
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
