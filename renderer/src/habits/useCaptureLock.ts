import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../data/database';
import { keyState, onKeyStateChange, setLocked, setNoLock, type KeyState } from '../data/journalKey';

/** Whether `state` holds the key of the lock `keyId` (a browser tab unlocked before it opened #/capture). */
const holdsKey = (state: KeyState, keyId: string) => state.status === 'unlocked' && state.keyId === keyId;

/**
 * Whether the journal is locked for the quick-capture page (undefined while
 * reading). The quick-capture window never holds the key (only the main
 * window unlocks), so with the lock on it cannot save; it tells the
 * repositories so too, so a save is refused rather than written in the clear.
 */
export function useCaptureLocked(): boolean | undefined {
  const keyId = useLiveQuery(async () => (await db.keyring.get('journal'))?.keyId ?? null, []);
  const key = useSyncExternalStore(onKeyStateChange, keyState);
  useEffect(() => {
    if (keyId === undefined) return;
    if (keyId === null) {
      if (keyState().status === 'locked') setNoLock();
    } else if (!holdsKey(keyState(), keyId)) setLocked(keyId);
  }, [keyId]);
  if (keyId === undefined) return undefined;
  return keyId !== null && !holdsKey(key, keyId);
}
