import type { BrowserContext, Page } from 'playwright-core';
import { SCHEMA_VERSION } from '../../renderer/src/data/databaseNames';
import { expect, test, type App } from './fixtures';
import { appToday, expectSaved, notesBox, waitForValue } from './journal';
import {
  failEntryWrites,
  holdJournal,
  installEntryWriteSwitch,
  pretendNewerSchema,
  releaseJournal,
  storedNotes,
} from './storageFaults';

/**
 * Storage faults in real Chromium, met by the app's own code: a failing
 * save, a journal another window upgraded or holds, two windows on one day.
 * The app must keep the text, say what happened, never hang, and never
 * overwrite anything silently.
 */

/** Another window of the same profile on the app, open on the journal. */
async function secondWindow(app: App, init?: () => void): Promise<Page> {
  const page = await app.page.context().newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`${app.origin}/`);
  return page;
}

/** A page of the app's origin that runs no app code, for raw IndexedDB work. */
async function bareOriginPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/icon.svg`);
  return page;
}

const alertWith = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

test.for([
  { error: 'QuotaExceededError', says: 'Your disk or browser storage is full' },
  { error: 'AbortError', says: 'Storage failed' },
])('a save failing with $error keeps the text, says so, and a retry saves it', async ({ error, says }, { openApp }) => {
  const app = await openApp({ initScripts: [installEntryWriteSwitch] });
  const { page } = app;
  const today = await appToday(page);
  const text = 'Written while storage refused every write: this must survive.';

  await failEntryWrites(page, error);
  await notesBox(page).fill(text);
  await alertWith(page, 'Not saved.').filter({ hasText: says }).waitFor();
  expect(await notesBox(page).inputValue()).toBe(text);
  expect((await storedNotes(page))[today]).toBeUndefined();

  await failEntryWrites(page, null);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expectSaved(page);
  expect((await storedNotes(page))[today]).toBe(text);
  await app.reload();
  await waitForValue(notesBox(page), text);
});

test('a newer Forkcast upgrading the journal elsewhere: this window steps aside, then asks for an update; nothing is lost', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  await notesBox(page).fill('Written before the other window upgraded the journal.');
  await expectSaved(page);

  const newer = await bareOriginPage(page.context(), app.origin);
  // IndexedDB's version is Dexie's times ten: the next schema version, as a newer Forkcast would open it.
  const newerVersion = (SCHEMA_VERSION + 1) * 10;
  expect(await holdJournal(newer, newerVersion)).toBe(newerVersion);
  await alertWith(page, 'Forkcast was updated in another window').waitFor();
  await page.getByRole('button', { name: 'Reload' }).click();
  await alertWith(page, 'This journal was opened by a newer version of Forkcast').waitFor();
  expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  expect((await storedNotes(newer))[today]).toBe('Written before the other window upgraded the journal.');
});

test('an older window holding the journal open: a clear message instead of a hang, and it opens once that closes', async ({
  openApp,
}) => {
  const app = await openApp();
  const today = await appToday(app.page);
  await notesBox(app.page).fill('Kept through the upgrade.');
  await expectSaved(app.page);

  // The app's own window steps aside on versionchange; a connection that ignores it is what blocks.
  const holder = await bareOriginPage(app.page.context(), app.origin);
  await holdJournal(holder);
  const newer = await secondWindow(app, pretendNewerSchema);
  await alertWith(newer, 'busy in another Forkcast window').waitFor();
  await alertWith(app.page, 'Forkcast was updated in another window').waitFor();

  await releaseJournal(holder);
  await newer.getByRole('button', { name: 'Try again' }).click();
  await newer.getByRole('navigation', { name: 'Views' }).waitFor();
  await waitForValue(notesBox(newer), 'Kept through the upgrade.');
  expect((await storedNotes(holder))[today]).toBe('Kept through the upgrade.');
});

test('two windows on one day: a save shows live in the other, and a clash is never a silent overwrite', async ({
  openApp,
}) => {
  const app = await openApp({ initScripts: [installEntryWriteSwitch] });
  const a = app.page;
  const today = await appToday(a);
  const b = await secondWindow(app);
  await b.getByRole('navigation', { name: 'Views' }).waitFor();

  // A window with nothing unsaved follows the other's saves as they happen.
  await notesBox(a).fill('First draft from window A.');
  await expectSaved(a);
  await waitForValue(notesBox(b), 'First draft from window A.');

  // B's edit is still unsaved (its storage refuses for now) when A saves again.
  await failEntryWrites(b, 'AbortError');
  await notesBox(b).fill('Window B rewrote the day.');
  await alertWith(b, 'Not saved.').waitFor();
  await notesBox(a).fill('Window A changed it again.');
  await expectSaved(a);
  await alertWith(b, 'This day was changed in another window').waitFor();
  expect(await notesBox(b).inputValue()).toBe('Window B rewrote the day.');
  expect((await storedNotes(b))[today]).toBe('Window A changed it again.');

  // "Keep what is on this screen" writes B's text over A's, knowingly; A follows.
  await failEntryWrites(b, null);
  await b.getByRole('button', { name: 'Keep what is on this screen' }).click();
  await expectSaved(b);
  await waitForValue(notesBox(a), 'Window B rewrote the day.');

  // The other way round: A's unsaved draft gives way to B's saved version.
  await failEntryWrites(a, 'AbortError');
  await notesBox(a).fill('A draft window A will drop.');
  await alertWith(a, 'Not saved.').waitFor();
  await notesBox(b).fill('The final word, from window B.');
  await expectSaved(b);
  await alertWith(a, 'This day was changed in another window').waitFor();
  await a.getByRole('button', { name: 'Load the other window’s version' }).click();
  await failEntryWrites(a, null);
  await waitForValue(notesBox(a), 'The final word, from window B.');
  expect((await storedNotes(a))[today]).toBe('The final word, from window B.');
});
