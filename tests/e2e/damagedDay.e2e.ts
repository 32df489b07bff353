import type { Page } from 'playwright-core';
import { formatDate, shiftDate } from '../../shared';
import { goodDay } from '../fixtures/entries';
import { expect, test } from './fixtures';
import { appToday, BROWSER_LOCALE } from './journal';
import { lockedNotice, PASSPHRASE, setPassphrase, unlock, unlockForm } from './lockSteps';
import { seedEntries, storedEntries } from './seed';
import { openView } from './views';

/**
 * A locked day whose bytes were changed outside Forkcast, in real Chromium:
 * it is named, shown as unreadable, opens as a message instead of an editor,
 * and is never saved over; the rest of the journal opens (SECURITY.md).
 */

/** Flips one bit of a sealed day's ciphertext with raw IndexedDB, as damage or tampering on disk would. */
async function damageDay(page: Page, date: string): Promise<unknown> {
  return page.evaluate(
    (day) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('entries', 'readwrite').objectStore('entries');
          const read = store.get(day);
          read.onsuccess = () => {
            const row = read.result as { data: Uint8Array | ArrayBuffer };
            const data = new Uint8Array(row.data instanceof ArrayBuffer ? row.data.slice(0) : row.data.slice());
            data[20] = (data[20] ?? 0) ^ 0x40;
            const changed = { ...row, data };
            store.put(changed);
            store.transaction.oncomplete = () => {
              db.close();
              resolve(Array.from(data));
            };
          };
          store.transaction.onabort = () => reject(store.transaction.error);
        };
      }),
    date,
  );
}

/** The stored bytes of a sealed day, to prove nothing saved over it. */
const storedBytes = (page: Page, date: string) =>
  page.evaluate(
    (day) =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('entries', 'readonly').objectStore('entries').get(day);
          read.onsuccess = () => {
            const row = read.result as { data: Uint8Array | ArrayBuffer };
            db.close();
            resolve(Array.from(new Uint8Array(row.data)));
          };
          read.onerror = () => reject(read.error);
        };
      }),
    date,
  );

test('a locked day changed outside Forkcast is named, shown as unreadable, opens as a message and is never saved over', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  const today = await appToday(page);
  const [before, damaged, after] = [-3, -2, -1].map((offset) => shiftDate(today, offset));
  if (!before || !damaged || !after) throw new Error('no dates');
  await seedEntries(page, [
    goodDay(before, { notes: 'The day before it' }),
    goodDay(damaged, { notes: 'The day that gets damaged' }),
    goodDay(after, { notes: 'The day after it' }),
  ]);
  await app.reload();
  await setPassphrase(page);
  await lockedNotice(page).filter({ hasText: '3 days' }).waitFor();

  const bytes = await damageDay(page, damaged);
  await app.reload();
  await unlockForm(page).waitFor();
  await unlock(page, PASSPHRASE);

  await openView(page, 'History');
  const list = page.getByRole('list', { name: 'Entries, newest first' });
  const day = (date: string) => new RegExp(`^${formatDate(date, 'shortWeekdayDate', BROWSER_LOCALE)}`);
  await list
    .getByRole('button', { name: day(damaged) })
    .filter({ hasText: 'Could not be decrypted' })
    .waitFor();
  await list
    .getByRole('button', { name: day(before) })
    .filter({ hasText: 'Energy 4/5' })
    .waitFor();
  await list
    .getByRole('button', { name: day(after) })
    .filter({ hasText: 'Energy 4/5' })
    .waitFor();
  const notice = page.getByRole('alert').filter({ hasText: 'Forkcast could not decrypt a day.' });
  await notice.waitFor();

  await notice.getByRole('button', { name: formatDate(damaged, 'shortWeekdayDate', BROWSER_LOCALE) }).click();
  await page.getByText('This day could not be decrypted.').waitFor();
  expect(await page.locator('.day-editor').count()).toBe(0);
  // Leaving the day saves nothing over it.
  await openView(page, 'History');
  await list.waitFor();
  expect(await storedBytes(page, damaged)).toEqual(bytes);
  expect(Object.keys(await storedEntries(page)).sort()).toEqual([before, damaged, after]);
});
