import { useEffect, useState } from 'react';
import {
  DATABASE_CLOSED_EVENT,
  openDatabase,
  requestPersistentStorageOnce,
  type OpenResult,
} from '../data/openDatabase';

export type DatabaseStatus = { status: 'opening' } | OpenResult | { status: 'closed' };

/** Opens the journal on start and follows it being closed by another window. */
export function useDatabaseStatus(): { state: DatabaseStatus; retry: () => void } {
  const [state, setState] = useState<DatabaseStatus>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void openDatabase().then((result) => {
      if (!live) return;
      setState(result);
      if (result.status === 'ready') void requestPersistentStorageOnce().catch(() => undefined);
    });
    const onClosed = () => setState({ status: 'closed' });
    window.addEventListener(DATABASE_CLOSED_EVENT, onClosed);
    return () => {
      live = false;
      window.removeEventListener(DATABASE_CLOSED_EVENT, onClosed);
    };
  }, [attempt]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
