import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { UnlockSecretStatus } from '../../../shared';
import { DEFAULT_IDLE_LOCK_MINUTES, getSetting, type SettingValue } from '../data/settingsRepository';
import type { LockView } from './lockController';
import { lockController, systemUnlock } from './lockSession';

/** The lock as this window sees it, kept current. */
export function useLockView(): LockView {
  return useSyncExternalStore(lockController.subscribe, lockController.getView);
}

/** The idle time after which the journal locks, as the user chose it. */
export function useIdleMinutes(): SettingValue<'lockIdleMinutes'> {
  return useLiveQuery(() => getSetting('lockIdleMinutes'), []) ?? DEFAULT_IDLE_LOCK_MINUTES;
}

/** Whether "unlock with my computer account" can work here (the desktop app, with a system credential store). */
export function useSystemUnlockStatus(): UnlockSecretStatus | null {
  const [status, setStatus] = useState<UnlockSecretStatus | null>(null);
  useEffect(() => {
    let live = true;
    systemUnlock.availability().then(
      (answer) => live && setStatus(answer),
      () => live && setStatus({ available: false, reason: 'Forkcast could not ask the system.' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return status;
}
