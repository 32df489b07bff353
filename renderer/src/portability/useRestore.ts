import { useCallback, useState } from 'react';
import { parseBackup, type Backup } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { restoreBackup, summariseJournal } from '../data/portabilityRepository';
import { failureMessage, plural } from './failureMessage';

/** What the journal holds now, and what a restore would remove. */
export interface JournalSummary {
  days: number;
  customActivities: number;
  daysNotInBackup: number;
}

export type RestoreState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'preview'; backup: Backup; current: JournalSummary }
  | { status: 'restoring' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** Opens a backup, checks it, shows what it replaces, and restores it all or nothing. */
export function useRestore(): {
  state: RestoreState;
  open: () => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = useState<RestoreState>({ status: 'idle' });

  const open = useCallback(async () => {
    setState({ status: 'reading' });
    try {
      const response = await bridge.openBackup();
      if (response.status === 'cancelled') return setState({ status: 'idle' });
      if (response.status === 'failed') return setState({ status: 'failed', message: response.message });
      const parsed = parseBackup(response.file.text);
      if (!parsed.ok) return setState({ status: 'failed', message: parsed.reason });
      const current = await summariseJournal(new Set(parsed.backup.data.entries.map((entry) => entry.date)));
      setState({ status: 'preview', backup: parsed.backup, current });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'Reading the backup') });
    }
  }, []);

  const confirm = useCallback(async () => {
    if (state.status !== 'preview') return;
    const { backup } = state;
    setState({ status: 'restoring' });
    try {
      await restoreBackup(backup.data);
      setState({ status: 'done', message: `Restored ${plural(backup.data.entries.length, 'day')} from the backup.` });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The restore') });
    }
  }, [state]);

  const cancel = useCallback(() => setState({ status: 'idle' }), []);
  return { state, open, confirm, cancel };
}
