import type { Page, Worker } from 'playwright-core';
import { shiftDate } from '../../shared';
import { indexHistory, NO_FILTERS, searchHistory } from '../../shared/historyFilters';
import { buildTrends, resolveRange } from '../../shared/trends';
import { generateJournal } from '../fixtures/journal';
import { expect, test, type App } from './fixtures';
import {
  activityRow,
  appToday,
  BAD_DAY,
  eventually,
  expectDay,
  expectShowsDay,
  GOOD_DAY,
  notesBox,
  writeDay,
} from './journal';
import { rawJournalText, sealedDays } from './rawJournal';
import { seedEntries } from './seed';
import { lockedNotice, PASSPHRASE, setPassphrase, unlock, unlockForm } from './lockSteps';
import { openView } from './views';

/**
 * The lock in real Chromium: WebCrypto, scrypt at its real cost, the real
 * IndexedDB on disk, and a renderer killed in the middle of encrypting.
 */

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/** Records every Web Storage write the page makes, where the write-ahead drafts go. */
function installStorageTap(): void {
  const setItem = Storage.prototype.setItem;
  const writes: string[] = [];
  Reflect.set(window, 'forkcastStorageWrites', writes);
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    writes.push(`${key}=${value}`);
    setItem.call(this, key, value);
  };
}

const storageWrites = (page: Page) =>
  page.evaluate(() => (Reflect.get(window, 'forkcastStorageWrites') as string[]).splice(0));

test('set a passphrase, reload locked, refuse a wrong one, unlock with everything intact and nothing in the clear on disk', async ({
  openApp,
}) => {
  const app = await openApp({ initScripts: [installStorageTap] });
  const { page } = app;
  const today = await appToday(page);
  const good = await writeDay(page, GOOD_DAY);
  await page.getByRole('combobox', { name: /^Add an activity/ }).fill('Skip-level lunches');
  await page.getByRole('option', { name: 'Add “Skip-level lunches” as your own activity…' }).click();
  await page.getByRole('form', { name: 'Your own activity' }).getByRole('button', { name: 'Add activity' }).click();
  await activityRow(page, 'Skip-level lunches').waitFor();
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expectShowsDay(page, shiftDate(today, -1));
  const bad = await writeDay(page, BAD_DAY);

  const typed = [good.answer, good.notes, good.tag, bad.answer, 'rollback', bad.tag, 'Skip-level', 'skip-level'];
  const before = await rawJournalText(page);
  for (const word of typed) expect(before).toContain(word);

  await setPassphrase(page);
  await lockedNotice(page).filter({ hasText: '2 days and 1 activity of your own were encrypted' }).waitFor();
  const after = await rawJournalText(page);
  for (const word of typed) expect(after, word).not.toContain(word);
  expect(after).not.toContain(PASSPHRASE);
  expect(await sealedDays(page)).toEqual({ sealed: 2, all: 2 });

  // The export warns that markdown is plain text.
  await page.getByText('Exported files are plain text, not encrypted').waitFor();

  await app.reload();
  await unlockForm(page).waitFor();
  expect(await views(page).count()).toBe(0);
  await unlock(page, 'copper kettle harbor');
  await page.getByRole('alert').filter({ hasText: 'That passphrase does not open this journal.' }).waitFor();
  await unlock(page, PASSPHRASE);
  await views(page).waitFor();

  await app.goto(`#/today/${shiftDate(today, -1)}`);
  await expectDay(page, bad);
  await page.getByRole('button', { name: 'Next day' }).click();
  await expectShowsDay(page, today);
  await expectDay(page, good);
  expect(await activityRow(page, 'Skip-level lunches').count()).toBe(1);

  // Typing while unlocked saves sealed, and its write-ahead copy is sealed too.
  await storageWrites(page);
  await notesBox(page).fill(`${good.notes} Added after unlocking.`);
  await page
    .getByRole('status')
    .filter({ hasText: /^✓ Saved at/ })
    .waitFor();
  expect(await rawJournalText(page)).not.toContain('Added after unlocking');
  const drafts = (await storageWrites(page)).filter((write) => write.startsWith('forkcast.draft.'));
  expect(drafts.length).toBeGreaterThan(0);
  for (const write of drafts) expect(write).not.toContain('Added after unlocking');

  await openView(page, 'History');
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('rollback');
  const results = page.getByRole('list', { name: 'Search results, newest first' }).getByRole('listitem');
  await expect.poll(() => results.count(), eventually).toBe(1);

  await openView(page, 'Brief');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  await page.getByText(/· 2 days written ·/).waitFor();
});

/** The page's worker whose script is `name` (trends.worker, history.worker), once it has started. */
async function workerNamed(page: Page, name: string): Promise<Worker> {
  const running = () => page.workers().find((worker) => worker.url().includes(name));
  await expect.poll(() => running() !== undefined, eventually).toBe(true);
  return running() as Worker;
}

/** Resolves when `worker` has been ended. */
const ended = (worker: Worker) => new Promise<void>((resolve) => worker.once('close', () => resolve()));

test('Trends and History search read a locked journal through their workers, and locking ends both and clears every view', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 11, days: 120, persona: 'architect', endDate: today });
  await seedEntries(page, entries);
  await app.reload();
  await setPassphrase(page);
  await lockedNotice(page).waitFor();
  expect(await sealedDays(page)).toEqual({ sealed: 120, all: 120 });

  await app.reload();
  await unlock(page, PASSPHRASE);
  await views(page).waitFor();
  await openView(page, 'Trends');
  await page.getByRole('button', { name: 'Last 365 days' }).click();
  const expected = buildTrends(entries, [], resolveRange({ kind: 'last', days: 365 }, today)).headline.sentence;
  await expect.poll(() => page.locator('.headline-sentence').textContent(), eventually).toBe(expected);

  // History's search worker finds in the sealed days the days the plain journal's search finds.
  await openView(page, 'History');
  const word = 'retry';
  await page.getByRole('searchbox', { name: 'Search entries' }).fill(word);
  const found = searchHistory(indexHistory([...entries].reverse(), []), word, NO_FILTERS).length;
  expect(found).toBeGreaterThan(1);
  const matchCount = page
    .getByRole('status')
    .filter({ hasText: `${found} entries match “${word}” (of ${entries.length})` });
  await matchCount.waitFor();
  const workers = [await workerNamed(page, 'trends.worker'), await workerNamed(page, 'history.worker')];
  const bothEnded = Promise.all(workers.map(ended));

  await views(page).getByRole('button', { name: 'Lock' }).click();
  await unlockForm(page).waitFor();
  await bothEnded;
  const shown = await page.evaluate(() => document.body.innerText);
  expect(shown).not.toContain(expected);
  expect(shown).toContain('You locked the journal.');
  expect(await page.locator('.headline-sentence').count()).toBe(0);

  // Unlocked again, new workers get the key: History searches and Trends draws as before.
  await unlock(page, PASSPHRASE);
  await page.getByRole('searchbox', { name: 'Search entries' }).fill(word);
  await matchCount.waitFor();
  await openView(page, 'Trends');
  await expect.poll(() => page.locator('.headline-sentence').textContent(), eventually).toBe(expected);
});

/** Counts WebCrypto encryptions and, once `window.forkcastSealLimit` is passed, makes every further one hang. */
function installSealBrake(): void {
  // Init scripts run in every document, including a new tab's about:blank, which is no secure context and has no WebCrypto.
  if (typeof SubtleCrypto === 'undefined') return;
  const encrypt = SubtleCrypto.prototype.encrypt;
  let calls = 0;
  SubtleCrypto.prototype.encrypt = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['encrypt']>) {
    calls += 1;
    Reflect.set(window, 'forkcastSealCalls', calls);
    const limit: unknown = Reflect.get(window, 'forkcastSealLimit');
    if (typeof limit === 'number' && calls > limit) return new Promise<ArrayBuffer>(() => undefined);
    return encrypt.apply(this, args);
  };
}

/** Kills the page's renderer process, as a crash or a kill of the app would. */
async function killRenderer(app: App): Promise<void> {
  const crashed = new Promise<void>((resolve) => app.page.once('crash', () => resolve()));
  const cdp = await app.page.context().newCDPSession(app.page);
  // The renderer dies before it can answer, so the command's reply never comes; the crash event says it happened.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

test('a kill while the lock is being turned on leaves a journal that opens, and unlocking finishes the job', async ({
  openApp,
}) => {
  const app = await openApp({ initScripts: [installSealBrake] });
  const { page } = app;
  const today = await appToday(page);
  const entries = generateJournal({ seed: 5, days: 3_000, persona: 'random', endDate: today });
  await seedEntries(page, entries);
  await app.reload();

  // Two batches of 250 days get sealed and committed; the third hangs part way, and the renderer dies there.
  await setPassphrase(page, {
    onRecoveryKey: async () => {
      await page.evaluate(() =>
        Reflect.set(window, 'forkcastSealLimit', Number(Reflect.get(window, 'forkcastSealCalls') ?? 0) + 600),
      );
    },
  });
  await page.getByRole('status').filter({ hasText: 'Encrypting 500 of 3,000 days…' }).waitFor();
  expect(await sealedDays(page)).toEqual({ sealed: 500, all: 3_000 });
  await killRenderer(app);

  const reopened = await page.context().newPage();
  await reopened.goto(`${app.origin}/#/settings`);
  await unlockForm(reopened).waitFor();
  await unlock(reopened, PASSPHRASE);
  await lockedNotice(reopened).filter({ hasText: 'Your journal is locked: 2,500 days' }).waitFor();
  expect(await sealedDays(reopened)).toEqual({ sealed: 3_000, all: 3_000 });

  // Days sealed before the kill, in the batch it cut short, and after it all read back as written.
  for (const index of [0, 300, 520, 2_999]) {
    const entry = entries[index];
    if (!entry) throw new Error('the journal is shorter than expected');
    await reopened.goto(`${app.origin}/#/today/${entry.date}`);
    await views(reopened).waitFor();
    await expect.poll(() => notesBox(reopened).inputValue(), eventually).toBe(entry.notes);
  }
  await reopened.close();
});
