import { useCallback, useState } from 'react';
import { parseBackup, type Backup, type Keyring, type LockedBackup } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { restoreBackup, summariseJournal } from '../data/portabilityRepository';
import { lockController } from '../lock/lockSession';
import { failureMessage, plural } from './failureMessage';
import { backupSecret, openLockedBackup } from './lockedBackup';

/** What the journal holds now, and what a restore would remove. */
export interface JournalSummary {
  days: number;
  customActivities: number;
  reviews: number;
  /** Whether the journal has a decision plan: a conversation date, a recorded decision or an experiment. */
  decisionPlan: boolean;
  daysNotInBackup: number;
}

/**
 * What a restore does to the lock: the journal keeps its own (the days are
 * encrypted with it), takes on the backup's (a journal with no lock and a
 * locked backup), or there is none.
 */
export type RestoreLock = 'keeps' | 'takes' | 'none';

export type RestoreState =
  | { status: 'idle' }
  | { status: 'reading' }
  /** A locked backup: its passphrase or recovery key is asked for before anything is shown. */
  | { status: 'locked'; locked: LockedBackup; busy: boolean; message: string | null }
  | {
      status: 'preview';
      backup: Backup;
      current: JournalSummary;
      lock: RestoreLock;
      /** The locked backup's keyring and key, for a journal that takes on its lock. */
      adopt?: { keyring: Keyring; key: CryptoKey };
    }
  | { status: 'restoring' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** Opens a backup, checks it (asking for its passphrase when locked), shows what it replaces, and restores it all or nothing. */
export function useRestore(): {
  state: RestoreState;
  open: () => Promise<void>;
  unlock: (typed: string) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = useState<RestoreState>({ status: 'idle' });

  const preview = async (backup: Backup, adopt?: { keyring: Keyring; key: CryptoKey }) => {
    const current = await summariseJournal(new Set(backup.data.entries.map((entry) => entry.date)));
    const journalLocked = lockController.currentLock() !== null;
    const lock: RestoreLock = journalLocked ? 'keeps' : adopt ? 'takes' : 'none';
    setState({ status: 'preview', backup, current, lock, ...(lock === 'takes' ? { adopt } : {}) });
  };

  const open = useCallback(async () => {
    setState({ status: 'reading' });
    try {
      const response = await bridge.openBackup();
      if (response.status === 'cancelled') return setState({ status: 'idle' });
      if (response.status === 'failed') return setState({ status: 'failed', message: response.message });
      const parsed = parseBackup(response.file.text);
      if (!parsed.ok) return setState({ status: 'failed', message: parsed.reason });
      if ('locked' in parsed) return setState({ status: 'locked', locked: parsed.locked, busy: false, message: null });
      await preview(parsed.backup);
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'Reading the backup') });
    }
  }, []);

  const unlock = useCallback(
    async (typed: string) => {
      if (state.status !== 'locked' || state.busy) return;
      const { locked } = state;
      setState({ ...state, busy: true, message: null });
      try {
        const opened = await openLockedBackup(locked, backupSecret(typed));
        await preview(opened.backup, { keyring: opened.keyring, key: opened.key });
      } catch (error) {
        const message =
          error instanceof Error && error.name === 'WrongSecretError'
            ? error.message.replace('this journal', 'this backup')
            : failureMessage(error, 'Opening the backup');
        setState({ status: 'locked', locked, busy: false, message });
      }
    },
    [state],
  );

  const confirm = useCallback(async () => {
    if (state.status !== 'preview') return;
    const { backup, adopt } = state;
    setState({ status: 'restoring' });
    try {
      if (adopt) await lockController.adoptLock(adopt.keyring, adopt.key, () => restoreBackup(backup.data, adopt));
      else await restoreBackup(backup.data);
      const restored = `Restored ${plural(backup.data.entries.length, 'day')} from the backup.`;
      setState({
        status: 'done',
        message: adopt
          ? `${restored} Your journal is now locked, with the passphrase that opened the backup.`
          : restored,
      });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The restore') });
    }
  }, [state]);

  const cancel = useCallback(() => setState({ status: 'idle' }), []);
  return { state, open, unlock, confirm, cancel };
}
