import type { Page } from 'playwright-core';
import { formatDate, setDisplayLocale, type Entry, type LocalDate } from '../../shared';
import {
  buildTrends,
  countDates,
  describeRange,
  periodTitle,
  resolveRange,
  unpackDates,
  type RangeChoice,
  type TrendsData,
} from '../../shared/trends';
import { generateJournal } from '../fixtures/journal';
import { expect, test } from './fixtures';
import { appToday, BROWSER_LOCALE, expectShowsDay } from './journal';
import { screenshotPath } from './screenshots';
import { seedEntries } from './seed';
import { exactly, openView } from './views';

/**
 * Trends and the brief on a 120-day architect journal written straight into
 * the app's IndexedDB store, checked against the numbers the shared
 * analysis gives for the same entries.
 */

// The expected text comes from the same shared code as the page's, so it writes dates as the browser does.
setDisplayLocale(BROWSER_LOCALE);

/**
 * Saves the whole view for the docs: the window grows to the view's height
 * (the page scrolls inside its main area, which a plain full-page shot would
 * cut off), with the pointer parked where it opens no tooltip.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Math.ceil((main?.getBoundingClientRect().top ?? 0) + (main?.scrollHeight ?? 0));
  });
  await page.setViewportSize({ width: 1280, height });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: await screenshotPath(name) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * How many of each chart's marks are on screen once the view shows `data`:
 * the headline names its range and day count and is no longer busy (the
 * charts are drawn from the same figures in the same render), and the last
 * of the six charts, revealed one after another, is drawn.
 */
async function drawnCounts(page: Page, data: TrendsData) {
  const written = `${data.entries} ${data.entries === 1 ? 'day' : 'days'} written in ${describeRange(data.range)}`;
  await page.locator('.trends-headline[aria-busy="false"]').filter({ hasText: written }).waitFor();
  await page.locator('.pixels button.pixel').first().waitFor();
  const count = (selector: string) => page.locator(selector).count();
  return {
    leanDots: await count('.lean-chart .lean-dot'),
    kindColumns: await count('.kinds-chart .kinds-column'),
    activityBars: await count('.activity-chart .activity-bar'),
    timingBars: await count('.timing-chart rect.timing-bar'),
    worstHourBars: await count('.worst-hour-chart rect.worst-hour-bar'),
    writtenPixels: await count('.pixels button.pixel'),
  };
}

function expectedCounts(entries: readonly Entry[], choice: RangeChoice, today: LocalDate) {
  const data = buildTrends(entries, [], resolveRange(choice, today));
  const year = data.range.to.slice(0, 4);
  return {
    data,
    counts: {
      leanDots: data.periods.filter((row) => row.lean !== null).length,
      kindColumns: data.periods.filter((row) => row.good + row.mixed + row.bad > 0).length,
      activityBars: data.activities.length,
      timingBars: data.timing.filter((row) => row.days > 0).length,
      worstHourBars:
        [data.worstDay.management, data.worstDay.architecture].filter((side) => side.answered > 0).length * 3,
      writtenPixels: entries.filter((entry) => entry.date.startsWith(year) && entry.date >= (data.range.from ?? ''))
        .length,
    },
  };
}

test('Trends draws a 120-day journal, lists the days behind a week and follows the range; the brief agrees', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 11, days: 120, persona: 'architect', endDate: today });
  await seedEntries(page, entries);
  await app.goto('#/trends');
  await page.getByRole('heading', { name: 'Trends', level: 1 }).waitFor();

  // The default range (a year) holds all 120 days.
  const year = expectedCounts(entries, { kind: 'last', days: 365 }, today);
  const headline = page.getByRole('heading', { level: 2, name: /^Leaning architecture/ });
  await headline.waitFor();
  expect(await page.locator('.headline-sentence').textContent()).toBe(year.data.headline.sentence);
  expect(await drawnCounts(page, year.data)).toEqual(year.counts);
  expect(year.counts.leanDots).toBeGreaterThanOrEqual(17);
  expect(year.counts.timingBars).toBe(3);
  expect(year.counts.worstHourBars).toBe(6);

  await screenshot(page, 'trends.png');

  // Clicking a week's column lists that week's days; one of them opens in Today.
  const week = year.data.periods.findLast((row) => countDates(row.dates) >= 3);
  if (!week) throw new Error('The journal has no week with three days.');
  const columnIndex = year.data.periods.filter((row) => row.good + row.mixed + row.bad > 0).indexOf(week);
  const column = page.locator('.kinds-chart .kinds-column').nth(columnIndex);
  // Hovering names the days behind the column.
  await column.hover();
  const tooltip = page.locator('.kinds-chart .chart-tooltip');
  await tooltip.filter({ hasText: periodTitle(week) }).waitFor();
  expect(await tooltip.textContent()).toContain(formatDate(unpackDates(week.dates)[0] ?? '', 'shortWeekdayDay'));
  await column.click();
  const list = page.getByRole('region', { name: `Days behind: ${periodTitle(week)}` });
  await list.waitFor();
  const days = list.getByRole('listitem');
  expect(await days.count()).toBe(countDates(week.dates));
  await days.first().getByRole('button').click();
  await expectShowsDay(page, unpackDates(week.dates).at(-1) ?? '');

  // A shorter range redraws every chart with fewer marks.
  await openView(page, 'Trends');
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  const month = expectedCounts(entries, { kind: 'last', days: 30 }, today);
  expect(await drawnCounts(page, month.data)).toEqual(month.counts);
  expect(month.counts.leanDots).toBeLessThan(year.counts.leanDots);
  expect(await page.locator('.headline-sentence').textContent()).toBe(month.data.headline.sentence);

  // The text alternative holds the same weeks.
  const lean = page.getByRole('region', { name: /^Your lean/ });
  await lean.getByRole('button', { name: 'Show as table' }).click();
  expect(await lean.getByRole('row').count()).toBe(month.data.periods.length + 1);

  // The brief opens on the same range and says the same thing.
  await openView(page, 'Brief');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief: management or architecture' });
  await brief
    .locator('.brief-sentence')
    .filter({ hasText: exactly(year.data.headline.sentence) })
    .waitFor();
  expect(year.data.headline.sentence).toMatch(/^Leaning toward architecture/);
  await brief.locator('.lean-chart .lean-dot').first().waitFor();
  expect(await brief.locator('blockquote').count()).toBe(year.data.highlights.length);

  await screenshot(page, 'brief.png');

  // The brief's words lead to the page that explains them, at the right part.
  await brief.getByRole('link', { name: 'What the plausible range and “confident” mean' }).click();
  await page.getByRole('heading', { level: 1, name: 'How Forkcast reads your journal' }).waitFor();
  // The section the link named has the focus (and so is scrolled to).
  await page.locator('#method-range:focus').waitFor();
  await page.getByRole('link', { name: 'Back to Trends' }).click();
  await page.getByRole('link', { name: 'How to read these numbers' }).click();
  await page.getByRole('navigation', { name: 'On this page' }).waitFor();
});
