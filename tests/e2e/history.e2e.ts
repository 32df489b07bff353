import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { formatDate, shiftDate, type LocalDate } from '../../shared';
import { expect, test, type App } from './fixtures';
import { appToday, BAD_DAY, BROWSER_LOCALE, expectShowsDay, GOOD_DAY, notesBox, writeDay } from './journal';

/** Writes a good day today and a bad day yesterday (reached with "Previous day"), as a user would. */
async function writeGoodTodayAndBadYesterday(page: Page): Promise<{ today: LocalDate; yesterday: LocalDate }> {
  const today = await appToday(page);
  await writeDay(page, GOOD_DAY);
  await page.getByRole('button', { name: 'Previous day' }).click();
  const yesterday = shiftDate(today, -1);
  await expectShowsDay(page, yesterday);
  await writeDay(page, BAD_DAY);
  return { today, yesterday };
}

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }).click();
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
}

/** The calendar, turned back to the month of `date` (it opens on today's; yesterday may be last month). */
async function calendarShowing(page: Page, date: LocalDate) {
  const calendar = page.getByRole('region', { name: 'Calendar' });
  const title = formatDate(date, 'monthYear', BROWSER_LOCALE);
  const heading = calendar.getByRole('heading', { level: 2 });
  for (let turns = 0; (await heading.textContent()) !== title; turns += 1) {
    expect(turns, `the calendar never reached ${title}`).toBeLessThan(2);
    await calendar.getByRole('button', { name: 'Previous month' }).click();
  }
  return calendar;
}

/** A calendar day button, found by the name a screen reader announces: "24 November: bad day". */
async function calendarDay(page: Page, date: LocalDate, state: string) {
  const calendar = await calendarShowing(page, date);
  return calendar.getByRole('button', {
    name: `${formatDate(date, 'dayLongMonth', BROWSER_LOCALE)}: ${state}`,
    exact: true,
  });
}

test('the calendar marks the good and the bad day, by name and by letter', async ({ openApp }) => {
  const { page } = await openApp();
  const { today, yesterday } = await writeGoodTodayAndBadYesterday(page);
  await openHistory(page);

  const good = await calendarDay(page, today, 'good day');
  // Not by colour alone: the cell shows a letter too.
  const shown = async (button: Locator) => (await button.locator('[aria-hidden="true"]').allTextContents()).join('');
  expect(await shown(good)).toBe(`${Number(today.slice(8))}G`);
  const bad = await calendarDay(page, yesterday, 'bad day');
  expect(await shown(bad)).toBe(`${Number(yesterday.slice(8))}B`);
  const unwritten = shiftDate(today, -2);
  await (await calendarDay(page, unwritten, 'nothing written')).waitFor();

  // The marked day opens that day's entry.
  await (await calendarDay(page, yesterday, 'bad day')).click();
  await expectShowsDay(page, yesterday);
  expect(await notesBox(page).inputValue()).toBe(BAD_DAY.notes);
});

test('search finds a word from a note, highlights it and opens that day', async ({ openApp }) => {
  const { page } = await openApp();
  const { yesterday } = await writeGoodTodayAndBadYesterday(page);
  await openHistory(page);

  await page.getByRole('searchbox', { name: 'Search entries' }).fill('rollback');
  await page.getByRole('status').filter({ hasText: '1 entry matches “rollback”' }).waitFor();
  const results = page.getByRole('list', { name: 'Search results, newest first' }).getByRole('listitem');
  // The count and the list are drawn together; the list is virtual, so its row is waited for.
  await results.first().waitFor();
  expect(await results.count()).toBe(1);
  const result = results.first();
  expect(await result.textContent()).toContain(formatDate(yesterday, 'shortWeekdayDate', BROWSER_LOCALE));
  expect(await result.locator('mark').allTextContents()).toEqual(['rollback']);

  await result.getByRole('button').click();
  await expectShowsDay(page, yesterday);
  expect(await notesBox(page).inputValue()).toBe(BAD_DAY.notes);
});

test('search finds activities and day kinds by name, filters narrow it, and the count says how many', async ({
  openApp,
}) => {
  const { page } = await openApp();
  const { today, yesterday } = await writeGoodTodayAndBadYesterday(page);
  await openHistory(page);
  const box = page.getByRole('searchbox', { name: 'Search entries' });
  const count = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const resultDates = async () => {
    const rows = page.getByRole('list', { name: 'Search results, newest first' }).locator('button[aria-busy="false"]');
    await rows.first().waitFor();
    return rows.locator('.history-row-date').allTextContents();
  };
  const day = (date: LocalDate) => formatDate(date, 'shortWeekdayDate', BROWSER_LOCALE);

  // GOOD_DAY holds "Data-model design"; the search runs in the History worker over every field's name.
  await box.fill('data-model design');
  await count('1 entry matches “data-model design” (of 2)');
  expect(await resultDates()).toEqual([day(today)]);
  await box.fill('bad day');
  await count('1 entry matches “bad day” (of 2)');
  expect(await resultDates()).toEqual([day(yesterday)]);

  await box.fill('');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Path').selectOption({ label: 'Some people work' });
  await count('1 entry matches the filters (of 2)');
  expect(await resultDates()).toEqual([day(yesterday)]);
  await filters.getByLabel('Path').selectOption({ label: 'Either path' });
  await filters.getByLabel('From').fill(today);
  await count('1 entry matches the filters (of 2)');
  expect(await resultDates()).toEqual([day(today)]);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await count('2 entries, newest first');
});

describe('the app makes no request to any origin other than its own', () => {
  /** Every view a user visits in a session, with something written and searched. */
  async function tour(app: App): Promise<void> {
    const { page } = app;
    await writeDay(page, GOOD_DAY);
    await openHistory(page);
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('design');
    await page.getByRole('status').filter({ hasText: '1 entry matches “design”' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await app.reload();
  }

  test.for([
    { mode: 'browser', electronBridge: false, about: '(browser mode' },
    { mode: 'desktop (preload stood in)', electronBridge: true, about: '(desktop app)' },
  ])('in $mode mode', async ({ electronBridge, about }, { openApp }) => {
    const app = await openApp({ electronBridge });
    await tour(app);
    // The bridge in use is the one this mode should pick.
    await app.page.getByRole('region', { name: 'About' }).getByText(about).waitFor();

    // The recorder saw the app load (so an empty list is not a silent pass), and nothing else.
    expect(app.requests).toContain(`${app.origin}/`);
    expect(app.requests.some((url) => url.endsWith('.js'))).toBe(true);
    expect(app.requests.filter((url) => new URL(url).origin !== app.origin)).toEqual([]);
    expect(app.takeProblems()).toEqual([]);
  });

  test('a request to another origin is caught and blocked', async ({ openApp }) => {
    const app = await openApp();
    const probe = 'http://127.0.0.2:9/probe';
    const failed = app.page.waitForEvent('requestfailed', (request) => request.url() === probe);
    // A navigation: no CSP directive governs where the page itself goes, so only the request guard stands here.
    await app.page.evaluate((url) => location.assign(url), probe);
    expect((await failed).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_CLIENT');
    expect(app.takeProblems()).toContain('request to another origin: GET http://127.0.0.2:9/probe');
  });
});
