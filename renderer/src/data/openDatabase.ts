import { db } from './database';
import { describeStorageError } from './errors';
import { getSetting, setSetting } from './settingsRepository';

/** Fired on window when another window's upgrade closed our connection. */
export const DATABASE_CLOSED_EVENT = 'forkcast:database-closed';

export type OpenResult = { status: 'ready' } | { status: 'failed'; message: string };

/** How a blocked open and a too-new journal are reported; the wording lives with the other storage messages. */
const BLOCKED = Object.assign(new Error('blocked'), { name: 'BlockedError' });
const TOO_NEW = Object.assign(new Error('newer schema'), { name: 'VersionError' });

/**
 * Whether a newer Forkcast has upgraded the journal past the schema this
 * build declares. Dexie would open it anyway (and even add what it misses),
 * but this build does not know the newer fields and would drop them on save,
 * so it must not touch it. IndexedDB's version is Dexie's times ten, plus any
 * bump Dexie makes within one version.
 */
async function upgradedByNewerForkcast(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return false;
  const installed = (await indexedDB.databases()).find((info) => info.name === db.name)?.version;
  return installed !== undefined && Math.floor(installed / 10) > db.verno;
}

/**
 * Opens the journal. On failure it reports and keeps everything as it is:
 * the database is never deleted or recreated to "fix" an error, because that
 * would throw away the user's journal.
 *
 * An upgrade waits for every other connection to close. A window of an older
 * Forkcast that does not step aside would make it wait forever, and Dexie
 * only says so with a 'blocked' event, so that event answers at once with a
 * message; the open itself goes on, and "Try again" finds it done once the
 * other window is closed.
 */
let watchingVersionChange = false;

export async function openDatabase(): Promise<OpenResult> {
  if (!watchingVersionChange) {
    watchingVersionChange = true;
    // If another window upgrades the schema, step aside instead of blocking
    // it; the app then asks for a reload.
    db.on('versionchange', () => {
      db.close();
      window.dispatchEvent(new CustomEvent(DATABASE_CLOSED_EVENT));
    });
  }
  const failed = (error: unknown): OpenResult => ({ status: 'failed', message: describeStorageError(error, 'open') });
  let onBlocked = (): void => undefined;
  const blocked = new Promise<OpenResult>((resolve) => {
    onBlocked = () => resolve(failed(BLOCKED));
  });
  db.on('blocked', onBlocked);
  try {
    if (!db.isOpen() && (await upgradedByNewerForkcast())) return failed(TOO_NEW);
    return await Promise.race([db.open().then((): OpenResult => ({ status: 'ready' }), failed), blocked]);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/**
 * Asks the browser once to keep the journal's storage even under disk
 * pressure; without it, Chromium may evict IndexedDB data. The answer is
 * remembered so the request is not repeated on every start.
 */
export async function requestPersistentStorageOnce(now = new Date()): Promise<boolean | undefined> {
  if (!navigator.storage?.persist) return undefined;
  const asked = await getSetting('storagePersistence');
  if (asked?.granted) return true;
  if (asked && (await navigator.storage.persisted())) return true;
  if (asked) return false;
  const granted = await navigator.storage.persist();
  await setSetting('storagePersistence', { askedAt: now.toISOString(), granted });
  return granted;
}
