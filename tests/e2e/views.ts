import type { Page } from 'playwright-core';

/** The views the navigation bar offers now (Today, History, Trends, Brief, Settings…), by their labels. */
export async function viewNames(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button').allTextContents();
}

/** Opens a view from the navigation bar and waits until it has rendered past any loading state. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('main').waitFor();
  // Trends and Brief load lazily and then read the journal; wait for both to settle.
  await page
    .getByRole('status')
    .filter({ hasText: /^(Loading…|Reading your journal…|Opening your journal…)$/ })
    .waitFor({ state: 'detached' });
}

/** Matches an element whose whole text is `text`, for `filter({ hasText })`, which otherwise matches any part. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
