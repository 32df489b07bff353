import type { Page } from 'playwright-core';
import type { Entry } from '../../shared';

/**
 * Stores entries straight into the app's journal with raw IndexedDB, for a
 * test that starts from a journal with history (a returning user). The app
 * must have opened the journal once; reload afterwards so it reads them.
 */
export async function seedEntries(page: Page, entries: readonly Entry[]): Promise<void> {
  await page.evaluate(
    (days) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('entries', 'readwrite');
          for (const day of days) transaction.objectStore('entries').put(day);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onabort = () => reject(transaction.error);
        };
      }),
    [...entries],
  );
}

/** The journal's entries by date, read with raw IndexedDB. */
export async function storedEntries(page: Page): Promise<Record<string, Entry>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, Entry>>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries((all.result as Entry[]).map((entry) => [entry.date, entry])));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
