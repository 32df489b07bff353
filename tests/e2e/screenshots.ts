import { mkdir } from 'node:fs/promises';

/**
 * Where the end-to-end tests save their screenshots: test-results/screenshots/
 * (ignored by git) on every run, so `npm test` leaves the working tree as it
 * found it; docs/screenshots/, the copies the README shows, only when
 * FORKCAST_SCREENSHOTS=docs asks for them (`npm run screenshot` does).
 */
export function screenshotsDir(): URL {
  const base = process.env.FORKCAST_SCREENSHOTS === 'docs' ? '../../docs/' : '../../test-results/';
  return new URL(`${base}screenshots/`, import.meta.url);
}

/** The path of screenshot `name` (may hold a folder, 'layout/today-900-dark.png'), its folder made. */
export async function screenshotPath(name: string): Promise<string> {
  const file = new URL(name, screenshotsDir());
  await mkdir(new URL('./', file), { recursive: true });
  return file.pathname;
}
