// Runs inside a Chromium page, bundled by bench/browser/pageBundle.ts and
// evaluated there on demand: the app itself exposes nothing for the bench.
import { derivePassphraseKey, newKdfParams } from '../../renderer/src/crypto/kdf';
import { DATABASE_NAME, db } from '../../renderer/src/data/database';
import { listEntries, putEntries } from '../../renderer/src/data/entriesRepository';
import type { Entry } from '../../shared';
import { searchableTexts } from '../../shared';
import { benchJournal } from '../journal';

/** What the bundle puts on `globalThis.forkcastBench`. Every figure is in milliseconds. */
export interface BenchTools {
  /** Stores `count` generated days ending at `endDate` in the app's entries store, with raw IndexedDB. */
  seed(count: number, endDate: string): Promise<number>;
  /** Empties the store, then times the app's `putEntries` (validation and one Dexie transaction). */
  insertWithRepository(count: number, endDate: string): Promise<number>;
  /** Empties the store, then times plain `put`s in one transaction with the app's durability. */
  insertBare(count: number, endDate: string): Promise<number>;
  /** Times the app's `listEntries`; throws unless it returns `expected` entries. */
  loadWithRepository(expected: number): Promise<number>;
  /** Times one `getAll` on the same store; throws unless it returns `expected` entries. */
  loadBare(expected: number): Promise<number>;
  /** Times a plain lower-case-and-includes scan of every entry's searchable text, per query. */
  scanTexts(queries: readonly string[]): Promise<number[]>;
  /** Times one passphrase key derivation at the cost new passphrases get (a fresh salt each time). */
  deriveKey(): Promise<number>;
}

const CHUNK = 5_000;
const journals = new Map<string, Entry[]>();

/** The same journal the Node cases use, generated here so 100,000 entries never cross the wire. */
function journalOf(count: number, endDate: string): Entry[] {
  const key = `${count}@${endDate}`;
  let entries = journals.get(key);
  if (!entries) {
    // Keep one journal at a time: a 100,000-day one is a few hundred MB of objects.
    journals.clear();
    entries = benchJournal(count, endDate);
    journals.set(key, entries);
  }
  return entries;
}

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

/** A plain connection to the store the app created (no version: whatever it is now). */
async function openBare(): Promise<IDBDatabase> {
  const request = indexedDB.open(DATABASE_NAME);
  await done(request);
  return request.result;
}

async function withBare<T>(task: (bare: IDBDatabase) => Promise<T>): Promise<T> {
  const bare = await openBare();
  try {
    return await task(bare);
  } finally {
    bare.close();
  }
}

// The app opens its Dexie database with strict durability; the baseline writes the same way.
const write = (bare: IDBDatabase) => bare.transaction('entries', 'readwrite', { durability: 'strict' });

async function putBare(bare: IDBDatabase, entries: readonly Entry[]): Promise<void> {
  const transaction = write(bare);
  const store = transaction.objectStore('entries');
  for (const entry of entries) store.put(entry);
  await done(transaction);
}

async function clearBare(bare: IDBDatabase): Promise<void> {
  const transaction = write(bare);
  transaction.objectStore('entries').clear();
  await done(transaction);
}

async function getAllBare(bare: IDBDatabase): Promise<Entry[]> {
  const request = bare.transaction('entries', 'readonly').objectStore('entries').getAll();
  await done(request);
  return request.result as Entry[];
}

function expectCount(what: string, found: number, expected: number): void {
  if (found !== expected) throw new Error(`${what} returned ${found} entries, expected ${expected}.`);
}

const tools: BenchTools = {
  async seed(count, endDate) {
    const entries = journalOf(count, endDate);
    await withBare(async (bare) => {
      for (let at = 0; at < entries.length; at += CHUNK) await putBare(bare, entries.slice(at, at + CHUNK));
    });
    journals.clear();
    return entries.length;
  },

  async insertWithRepository(count, endDate) {
    const entries = journalOf(count, endDate);
    await withBare(clearBare);
    if (!db.isOpen()) await db.open();
    const start = performance.now();
    await putEntries(entries);
    return performance.now() - start;
  },

  async insertBare(count, endDate) {
    const entries = journalOf(count, endDate);
    return withBare(async (bare) => {
      await clearBare(bare);
      const start = performance.now();
      await putBare(bare, entries);
      return performance.now() - start;
    });
  },

  async loadWithRepository(expected) {
    if (!db.isOpen()) await db.open();
    const start = performance.now();
    const entries = await listEntries();
    const elapsed = performance.now() - start;
    expectCount('listEntries', entries.length, expected);
    return elapsed;
  },

  async loadBare(expected) {
    return withBare(async (bare) => {
      const start = performance.now();
      const entries = await getAllBare(bare);
      const elapsed = performance.now() - start;
      expectCount('getAll', entries.length, expected);
      return elapsed;
    });
  },

  async scanTexts(queries) {
    const entries = await withBare(getAllBare);
    return queries.map((query) => {
      const word = query.toLowerCase();
      const start = performance.now();
      entries.filter((entry) =>
        searchableTexts(entry)
          .map((item) => item.text)
          .join('\n')
          .toLowerCase()
          .includes(word),
      );
      return performance.now() - start;
    });
  },

  async deriveKey() {
    const params = newKdfParams();
    const start = performance.now();
    await derivePassphraseKey('bench passphrase of several words', params);
    return performance.now() - start;
  },
};

declare global {
  // Only pages the bench evaluated this bundle in have it; elsewhere a call fails loudly, as it should.
  var forkcastBench: BenchTools;
}
globalThis.forkcastBench = tools;
