import type { Page } from 'playwright-core';

/**
 * Init scripts (serialised into the page: no outer variables) and switches
 * that put real Chromium's IndexedDB into a failure state, so the app's own
 * code meets the failure exactly as it would on a full disk or in a window
 * that another one blocks.
 */

/** The window property that, while it names a DOMException, makes writes to the entries store throw it. */
const FAIL_SWITCH = 'forkcastFailEntryWrites';

/**
 * Makes put/add/delete on the journal's entries store throw while the page's
 * switch is set; settings and everything else keep working. Installed in
 * every page of the context, switched per page with `failEntryWrites`.
 */
export function installEntryWriteSwitch(): void {
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    Object.defineProperty(IDBObjectStore.prototype, method, {
      configurable: true,
      value: function (this: IDBObjectStore, ...args: unknown[]): IDBRequest {
        const failure: unknown = Reflect.get(window, 'forkcastFailEntryWrites');
        if (this.name === 'entries' && typeof failure === 'string') {
          throw new DOMException(`Simulated ${failure} while saving`, failure);
        }
        return original.apply(this, args);
      },
    });
  }
}

/** Sets (an error name) or clears (null) the write failure in one page. */
export async function failEntryWrites(page: Page, errorName: string | null): Promise<void> {
  await page.evaluate(([key, value]) => Reflect.set(window, key, value), [FAIL_SWITCH, errorName] as const);
}

/**
 * Stands in for a newer Forkcast build: every IndexedDB open asks for a
 * version 10 higher (Dexie's version 1 is IndexedDB's 10), so the app
 * upgrades the journal as a release with a new schema version would.
 */
export function pretendNewerSchema(): void {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number): IDBOpenDBRequest {
    return version === undefined ? open.call(this, name) : open.call(this, name, version + 10);
  };
}

/** Opens the journal with raw IndexedDB in `page`, at `version` (or as it is), and keeps the connection. */
export async function holdJournal(page: Page, version?: number): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const request = wanted === null ? indexedDB.open('forkcast') : indexedDB.open('forkcast', wanted);
        request.onsuccess = () => {
          // Like a window of a Forkcast that never steps aside: versionchange is ignored.
          Reflect.set(window, 'heldJournal', request.result);
          resolve(request.result.version);
        };
        request.onerror = () => reject(request.error);
      }),
    version ?? null,
  );
}

/** Closes the connection `holdJournal` kept. */
export async function releaseJournal(page: Page): Promise<void> {
  await page.evaluate(() => (Reflect.get(window, 'heldJournal') as IDBDatabase).close());
}

/** The notes of every entry in the journal, read with raw IndexedDB, by date. */
export async function storedNotes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = indexedDB.open('forkcast');
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              Object.fromEntries((all.result as { date: string; notes: string }[]).map((e) => [e.date, e.notes])),
            );
          };
          all.onerror = () => reject(all.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}
