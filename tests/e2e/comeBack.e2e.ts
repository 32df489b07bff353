import { formatDate, lookBackDate, shiftDate } from '../../shared';
import { badDay, goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { appToday, BROWSER_LOCALE, expectSaved, expectShowsDay, notesBox } from './journal';
import { seedEntries } from './seed';

const weekday = (date: string) => formatDate(date, 'weekday', BROWSER_LOCALE);

test('Today looks back a month and a year to the days written then; a card opens its day', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const monthAgo = lookBackDate(today, 1);
  // A year ago nothing was written on the day itself, but two days later was: close enough to show.
  const nearYearAgo = shiftDate(lookBackDate(today, 12), 2);
  await seedEntries(page, [
    goodDay(monthAgo, { highlight: { kind: null, text: '' }, notes: 'Shipped the review tool.\nMore below.' }),
    badDay(nearYearAgo, { notes: 'Calibration all day.' }),
    // Far from any span: not shown.
    goodDay(lookBackDate(today, 6), { notes: 'Half a year ago.' }),
  ]);
  await app.reload();

  const lookingBack = page.getByRole('region', { name: 'Looking back' });
  const cards = lookingBack.getByRole('button');
  await cards.first().waitFor();
  // Each card: the span, the day kind (a letter, read out as its name), the date and the first line written.
  const shown = (await cards.allInnerTexts()).map((text) => text.split(/\s*\n\s*/));
  expect(shown).toEqual([
    [
      'A month ago',
      'G',
      'good day',
      formatDate(monthAgo, 'shortWeekdayDate', BROWSER_LOCALE),
      'Shipped the review tool.',
    ],
    ['A year ago', 'B', 'bad day', formatDate(nearYearAgo, 'shortWeekdayDate', BROWSER_LOCALE), 'Calibration all day.'],
  ]);
  expect(await lookingBack.getByText('Three months ago').count()).toBe(0);

  await cards.filter({ hasText: 'A year ago' }).click();
  await expectShowsDay(page, nearYearAgo);
  expect(await notesBox(page).inputValue()).toBe('Calibration all day.');
  // Only Today looks back; an older day does not.
  expect(await page.getByRole('region', { name: 'Looking back' }).count()).toBe(0);
});

test('missed days of the past week are offered one click each, and "not now" keeps quiet until tomorrow', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const day = (back: number) => shiftDate(today, -back);
  // Written six, three, two and one days ago: four and five days ago were missed.
  await seedEntries(page, [goodDay(day(6)), goodDay(day(3)), badDay(day(2)), goodDay(day(1))]);
  await app.reload();

  const missed = page.getByRole('region', { name: 'Days not written yet' });
  await missed.getByText(`You did not write ${weekday(day(5))} or ${weekday(day(4))}. Write them now?`).waitFor();
  expect(await missed.textContent()).not.toMatch(/\d/);

  await missed.getByRole('button', { name: weekday(day(5)), exact: true }).click();
  await expectShowsDay(page, day(5));
  await notesBox(page).fill('Written later, from memory.');
  await expectSaved(page);

  await appToday(page);
  await missed.getByText(`You did not write ${weekday(day(4))}. Write it now?`).waitFor();
  await missed.getByRole('button', { name: 'Not now' }).click();
  await missed.waitFor({ state: 'detached' });
  await app.reload();
  await notesBox(page).waitFor();
  expect(await page.getByRole('region', { name: 'Days not written yet' }).count()).toBe(0);
});

test('a new journal is not told of missed days before it began', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  await seedEntries(page, [goodDay(shiftDate(today, -1))]);
  await app.reload();
  await notesBox(page).waitFor();
  await page.getByRole('region', { name: 'How the day went' }).waitFor();
  expect(await page.getByRole('region', { name: 'Days not written yet' }).count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Looking back' }).count()).toBe(0);
});
