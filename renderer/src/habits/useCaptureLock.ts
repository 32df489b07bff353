import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../data/database';
import { setLocked, setNoLock } from '../data/journalKey';

/**
 * Whether the journal has a lock, as the quick-capture page sees it
 * (undefined while reading). This page never holds the key (only the main
 * window unlocks), so with a lock on it cannot save; it tells the
 * repositories so too, so a save is refused rather than written in the clear.
 */
export function useCaptureLocked(): boolean | undefined {
  const keyId = useLiveQuery(async () => (await db.keyring.get('journal'))?.keyId ?? null, []);
  useEffect(() => {
    if (keyId === undefined) return;
    if (keyId === null) setNoLock();
    else setLocked(keyId);
  }, [keyId]);
  return keyId === undefined ? undefined : keyId !== null;
}
