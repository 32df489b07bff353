import { shiftDate } from '../../shared';
import { expect, test } from './fixtures';
import { storedNotes } from './storageFaults';
import {
  appToday,
  BAD_DAY,
  datePicker,
  expectDay,
  expectSaved,
  expectShowsDay,
  GOOD_DAY,
  eventually,
  notesBox,
  waitForValue,
  writeDay,
} from './journal';

test('a good day and a backfilled bad day are both intact after a reload', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const yesterday = shiftDate(today, -1);

  await expectShowsDay(page, today);
  const good = await writeDay(page, GOOD_DAY);
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expectShowsDay(page, yesterday);
  const bad = await writeDay(page, BAD_DAY);

  await app.reload();
  await expectShowsDay(page, yesterday);
  await expectDay(page, bad);
  await page.getByRole('button', { name: 'Next day' }).click();
  await expectShowsDay(page, today);
  await expectDay(page, good);
  // Bad days get their own prompts: the two answers went to different questions.
  expect(bad.prompt).not.toBe(good.prompt);
});

test('a past date picked in the date picker can be backfilled', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const past = shiftDate(today, -40);

  await datePicker(page).fill(past);
  await expectShowsDay(page, past);
  await notesBox(page).fill('Backfilled from my paper notebook: the offsite planning day.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Back to today' }).click();
  await expectShowsDay(page, today);
  expect(await notesBox(page).inputValue()).toBe('');

  await app.reload();
  await datePicker(page).fill(past);
  await expectShowsDay(page, past);
  await waitForValue(notesBox(page), 'Backfilled from my paper notebook: the offsite planning day.');
});

test('a future day cannot be written', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const tomorrow = shiftDate(today, 1);

  expect(await page.getByRole('button', { name: 'Next day' }).isDisabled()).toBe(true);

  // Typing the date (the picker's max is only a hint to the calendar popup).
  await datePicker(page).fill(tomorrow);
  await page.getByRole('alert').filter({ hasText: 'Future days cannot be written yet.' }).waitFor();
  await expectShowsDay(page, today);

  // A link or an edited URL to a future day shows why, and no editor.
  await app.goto(`#/today/${tomorrow}`);
  const writeToday = page.getByRole('button', { name: 'Write today instead' });
  await page.getByRole('alert').filter({ hasText: 'Future days cannot be written yet.', has: writeToday }).waitFor();
  expect(await notesBox(page).count()).toBe(0);
  await writeToday.click();
  await expectShowsDay(page, today);
});

test('one second after the last keystroke the day is saved without any action, and a reload loses nothing', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const text = 'Paired on the migration plan; wrote it up before lunch.';
  const saving = page.getByRole('status').filter({ hasText: 'Saving…' });

  // The page's clock stands still while the user types, so "a second" is exact whatever the machine's load.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await notesBox(page).pressSequentially(text, { delay: 15 });
  await saving.waitFor();
  expect((await storedNotes(page))[today]).toBeUndefined();

  // A second later the app has started the save on its own; the write itself takes real time.
  await page.clock.runFor(1_000);
  await expectSaved(page);
  expect((await storedNotes(page))[today]).toBe(text);
  await page.clock.resume();
  await app.reload();

  await expectShowsDay(page, today);
  await waitForValue(notesBox(page), text);
});

test('a backfilled day moves to the right date, and a deleted day comes back with Undo', async ({ openApp }) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const wrong = shiftDate(today, -3);
  const right = shiftDate(today, -4);

  await datePicker(page).fill(wrong);
  await expectShowsDay(page, wrong);
  await notesBox(page).fill('The offsite, written under the wrong day.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Move to another date…' }).click();
  const move = page.getByRole('dialog', { name: /^Move / });
  await move.getByLabel('New date').fill(right);
  await move.getByRole('button', { name: 'Move the day' }).click();
  await expectShowsDay(page, right);
  await expect.poll(() => notesBox(page).inputValue(), eventually).toBe('The offsite, written under the wrong day.');
  await expect.poll(async () => Object.keys(await storedNotes(page)), eventually).toEqual([right]);

  await page.getByRole('button', { name: 'Delete this day…' }).click();
  const remove = page.getByRole('dialog', { name: /^Delete / });
  await remove.getByRole('button', { name: 'Delete this day' }).click();
  await expect.poll(async () => Object.keys(await storedNotes(page)), eventually).toEqual([]);
  expect(await notesBox(page).inputValue()).toBe('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => notesBox(page).inputValue(), eventually).toBe('The offsite, written under the wrong day.');
  expect(await storedNotes(page)).toEqual({ [right]: 'The offsite, written under the wrong day.' });
});
