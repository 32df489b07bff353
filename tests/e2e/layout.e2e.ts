import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { shiftDate, type Entry } from '../../shared';
import { badDay, goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { appToday, expectShowsDay, feelChip } from './journal';
import { screenshotPath } from './screenshots';
import { seedEntries } from './seed';
import { openView } from './views';

/**
 * The layout at three window widths, light and dark: no control, label or
 * heading leaves its card, and no card makes the window scroll sideways.
 * Checked from the elements' bounding boxes in real Chromium; a screenshot
 * of Today at each width and scheme goes to screenshots/layout/ (see screenshots.ts).
 */

/** A day that fills every part of Today: long names, an unrated activity, a custom one, the worst-hour test. */
const BUSY_DAY = (date: string): Entry =>
  badDay(date, {
    activities: [
      { id: 'technical-direction', feel: -1 },
      { id: 'customer-request-impact', feel: 2 },
      { id: 'cross-team-friction', feel: null },
      { id: 'custom-quarterly-planning-with-three-product-teams', feel: 1 },
    ],
    highlight: { kind: 'early-call-saved-work', text: 'Said no to the second queue before anyone built it.' },
    tags: ['architecture-review', 'quarterly-planning', 'incident-follow-up'],
    notes: 'A long afternoon.',
  });

/** Everything in a card that must stay inside it, each with what it is, where it is and where its card is. */
async function escapes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const selector =
      'button, input, select, textarea, [role="radio"], [role="row"], [role="gridcell"], h2, h3, legend, label, kbd, .choice-legend';
    for (const card of document.querySelectorAll<HTMLElement>('.card')) {
      if (card.offsetParent === null) continue;
      const box = card.getBoundingClientRect();
      // A card stays in its view's column (the centred page), as wide as the layout says and no wider.
      const column = card.closest('.today, .page')?.getBoundingClientRect();
      if (column && (box.left < column.left - 0.5 || box.right > column.right + 0.5)) {
        problems.push(
          `the card “${card.getAttribute('aria-label') ?? card.querySelector('h2')?.textContent ?? card.className}” is wider than its column`,
        );
      }
      for (const element of card.querySelectorAll<HTMLElement>(selector)) {
        if (element.offsetParent === null || element.closest('.visually-hidden')) continue;
        const inner = element.getBoundingClientRect();
        if (inner.width === 0 && inner.height === 0) continue;
        // Half a pixel of rounding either way.
        if (
          inner.left < box.left - 0.5 ||
          inner.right > box.right + 0.5 ||
          inner.top < box.top - 0.5 ||
          inner.bottom > box.bottom + 0.5
        ) {
          const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
          const where = card.getAttribute('aria-label') ?? card.querySelector('h2')?.textContent ?? card.className;
          problems.push(
            `${element.tagName.toLowerCase()} “${name}” (${Math.round(inner.left)}–${Math.round(inner.right)} × ${Math.round(inner.top)}–${Math.round(inner.bottom)}) leaves the card “${where}” (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)})`,
          );
        }
      }
    }
    // Nor may a card push past the window: the page and its scrolling main area never scroll sideways.
    for (const scroller of [document.documentElement, document.querySelector('main')]) {
      if (scroller && scroller.scrollWidth > scroller.clientWidth) {
        problems.push(
          `${scroller.tagName.toLowerCase()} scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`,
        );
      }
    }
    return problems;
  });
}

describe.each([900, 1280, 1920])('at %i px wide', (width) => {
  test.for(['light', 'dark'] as const)(
    'in %s, every control stays in its card on every view',
    async (scheme, { openApp }) => {
      const app = await openApp();
      const { page } = app;
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const today = await appToday(page);
      const day = shiftDate(today, -1);
      await seedEntries(page, [goodDay(shiftDate(today, -3)), badDay(shiftDate(today, -2)), BUSY_DAY(day)]);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('forkcast');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const transaction = request.result.transaction('customActivities', 'readwrite');
              transaction.objectStore('customActivities').put({
                id: 'custom-quarterly-planning-with-three-product-teams',
                label: 'Quarterly planning with three product teams',
                lean: 'neutral',
                createdAt: '2026-01-01T00:00:00.000Z',
              });
              transaction.oncomplete = () => {
                request.result.close();
                resolve();
              };
            };
          }),
      );
      // Written behind the app's back: a reload makes it read them.
      await app.goto(`#/today/${day}`);
      await app.reload();
      await expectShowsDay(page, day);
      await feelChip(page, 'Technical direction across teams', -1).waitFor();
      await page.getByRole('row', { name: 'Quarterly planning with three product teams' }).waitFor();

      expect(await escapes(page), 'Today').toEqual([]);
      await page.screenshot({ path: await screenshotPath(`layout/today-${width}-${scheme}.png`) });

      for (const view of ['History', 'Trends', 'Brief', 'Settings', 'Help']) {
        await openView(page, view);
        expect(await escapes(page), view).toEqual([]);
      }
    },
  );
});
