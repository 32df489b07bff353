import type { Page } from 'playwright-core';

/**
 * The journal's IndexedDB read with raw IndexedDB in the page, beside the
 * app, to see exactly what is stored on disk (seed.ts writes days).
 */

/**
 * Every store of the journal, every record and every index key, as text:
 * strings as they are and binary values as Latin-1 and UTF-8, so a word kept
 * in the clear anywhere in the database shows up in it.
 */
export async function rawJournalText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('forkcast');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const parts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') parts.push(value);
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        parts.push(String.fromCharCode(...bytes), new TextDecoder().decode(bytes));
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          parts.push(key);
          walk(item);
        }
      } else parts.push(String(value));
    };
    const names = [...db.objectStoreNames];
    const transaction = db.transaction(names, 'readonly');
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    for (const name of names) {
      const store = transaction.objectStore(name);
      walk(await read(store.getAll()));
      walk(await read(store.getAllKeys()));
      for (const index of [...store.indexNames]) walk(await read(store.index(index).getAllKeys()));
    }
    db.close();
    return parts.join('\n');
  });
}

/** How many of the journal's days are sealed, and how many in all. */
export async function sealedDays(page: Page): Promise<{ sealed: number; all: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('forkcast');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('entries', 'readonly').objectStore('entries').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return {
      sealed: rows.filter((row) => typeof row === 'object' && row !== null && 'iv' in row).length,
      all: rows.length,
    };
  });
}
