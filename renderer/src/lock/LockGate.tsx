import { useCallback, useEffect, type ReactNode } from 'react';
import { bridge } from '../bridge/bridge';
import { NewPassphraseScreen } from './NewPassphraseScreen';
import { PassProgressScreen } from './PassProgressScreen';
import { lockController } from './lockSession';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './useIdleLock';
import { useIdleMinutes, useLockView } from './useLock';
import './lock.css';

/**
 * Stands between the open journal and the views: while the journal is locked
 * it shows the unlock screen instead, and while a pass runs, its progress.
 * Locking unmounts the views first, so their drafts are saved with the key,
 * and only then (this component's effect) is the key dropped.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const view = useLockView();
  const idleMinutes = useIdleMinutes();
  const lockForIdle = useCallback(() => lockController.lock('idle'), []);

  useEffect(() => {
    void lockController.start();
  }, []);

  useEffect(() => {
    if (view.status === 'locking') void lockController.finishLock();
  }, [view.status]);

  useEffect(() => bridge.onLockRequested(() => lockController.lock('system')), []);

  useIdleLock(view.status === 'unlocked', idleMinutes, lockForIdle);

  switch (view.status) {
    case 'checking':
      return (
        <p className="app-loading" role="status">
          Opening your journal…
        </p>
      );
    case 'locking':
      return (
        <p className="app-loading" role="status">
          Locking…
        </p>
      );
    case 'locked':
      return <UnlockScreen view={view} />;
    case 'new-passphrase':
      return <NewPassphraseScreen view={view} />;
    case 'passing':
      return <PassProgressScreen view={view} />;
    default:
      return children;
  }
}
