import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { countEntries } from '../data/entriesRepository';

/**
 * Where this browser profile remembers that the welcome was closed. The
 * welcome belongs to the installation, not to the journal (a restored backup
 * brings days, so it is not shown then anyway), and reading it synchronously
 * means the welcome never flashes up on a later start.
 */
export const WELCOME_SEEN_KEY = 'forkcast.welcomeSeenAt';

function seenBefore(): boolean {
  try {
    return localStorage.getItem(WELCOME_SEEN_KEY) !== null;
  } catch {
    // Storage disabled: better to welcome again than never.
    return false;
  }
}

/**
 * Whether the first-launch welcome is due: never closed before, on a journal
 * with nothing in it yet (someone already writing needs no welcome). Closing
 * it is remembered, so it is shown once; Help keeps the same text.
 */
export function useWelcome(ready: boolean): { due: boolean; close: () => void } {
  const [seen, setSeen] = useState(seenBefore);
  const empty = useLiveQuery(async () => ready && !seen && (await countEntries()) === 0, [ready, seen]);
  const close = useCallback(() => {
    setSeen(true);
    try {
      localStorage.setItem(WELCOME_SEEN_KEY, new Date().toISOString());
    } catch {
      // It will be shown again next time; nothing else depends on it.
    }
  }, []);
  return { due: !seen && empty === true, close };
}
