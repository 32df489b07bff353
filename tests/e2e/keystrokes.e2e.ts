import type { Page } from 'playwright-core';
import { expect, test, type App } from './fixtures';
import { appToday, eventually, expectSaved, expectShowsDay, notesBox, waitForValue } from './journal';
import { storedNotes } from './storageFaults';

/**
 * Never lose a keystroke: text typed a moment before the page goes away
 * (a reload, a closed tab) is there when the day opens again, on screen and
 * in the journal. The delays are the subject of these tests, not waits for
 * a state: they are how soon after the last key the page is torn down.
 */

const TEXT = 'Paired on the migration plan; wrote it up before lunch.';

/** Types `text` key by key at the end of the notes, as a user does, without waiting for "Saved". */
async function typeNotes(page: Page, text: string): Promise<void> {
  await notesBox(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 10 });
}

async function expectKept(app: App, date: string, text: string): Promise<void> {
  await expectShowsDay(app.page, date);
  await waitForValue(notesBox(app.page), text);
  // Saved by the page before it went, or taken back from the draft and saved now: in the journal either way.
  await expect.poll(async () => (await storedNotes(app.page))[date], eventually).toBe(text);
}

test.for([0, 50, 100, 300])('a reload %i ms after the last keystroke loses nothing', async (delayMs, { openApp }) => {
  const app = await openApp();
  const today = await appToday(app.page);
  await typeNotes(app.page, TEXT);
  if (delayMs > 0) await app.page.waitForTimeout(delayMs);
  await app.reload();
  await expectKept(app, today, TEXT);
});

test('a reload right after more typing on a saved day keeps the whole note', async ({ openApp }) => {
  const app = await openApp();
  const today = await appToday(app.page);
  await typeNotes(app.page, 'First part, saved.');
  await expectSaved(app.page);
  await typeNotes(app.page, ' Second part, typed just now.');
  await app.reload();
  await expectKept(app, today, 'First part, saved. Second part, typed just now.');
});

test('closing the tab right after typing, then opening the app again, loses nothing', async ({ openApp }) => {
  const app = await openApp();
  const today = await appToday(app.page);
  const context = app.page.context();
  await typeNotes(app.page, TEXT);
  await app.page.close();

  const reopened = await context.newPage();
  await reopened.goto(`${app.origin}/`);
  await expectShowsDay(reopened, today);
  await waitForValue(notesBox(reopened), TEXT);
  await expect.poll(async () => (await storedNotes(reopened))[today], eventually).toBe(TEXT);
});

test('text typed on one day is kept when the user moves to another day and reloads at once', async ({ openApp }) => {
  const app = await openApp();
  const today = await appToday(app.page);
  await typeNotes(app.page, TEXT);
  await app.page.getByRole('button', { name: 'Previous day' }).click();
  await app.reload();
  await app.page.getByRole('button', { name: 'Next day' }).click();
  await expectKept(app, today, TEXT);
});
