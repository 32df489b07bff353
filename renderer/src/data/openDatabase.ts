import { db } from './database';
import { describeStorageError } from './errors';
import { getSetting, setSetting } from './settingsRepository';

/** Fired on window when another window's upgrade closed our connection. */
export const DATABASE_CLOSED_EVENT = 'forkcast:database-closed';

export type OpenResult = { status: 'ready' } | { status: 'failed'; message: string };

/**
 * Opens the journal. On failure it reports and keeps everything as it is:
 * the database is never deleted or recreated to "fix" an error, because that
 * would throw away the user's journal.
 */
let watchingVersionChange = false;

export async function openDatabase(): Promise<OpenResult> {
  try {
    if (!watchingVersionChange) {
      watchingVersionChange = true;
      // If another window upgrades the schema, step aside instead of blocking
      // it; the app then asks for a reload.
      db.on('versionchange', () => {
        db.close();
        window.dispatchEvent(new CustomEvent(DATABASE_CLOSED_EVENT));
      });
    }
    await db.open();
    return { status: 'ready' };
  } catch (error) {
    return { status: 'failed', message: describeStorageError(error) };
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
