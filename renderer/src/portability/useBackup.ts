import { useCallback, useState } from 'react';
import { backupFileName, createBackup, LIMITS } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { loadBackupData, recordBackup } from '../data/portabilityRepository';
import { lockController } from '../lock/lockSession';
import { sealBackup } from './lockedBackup';
import { failureMessage, plural } from './failureMessage';

export type BackupState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** Names the days a backup could not hold because they do not decrypt. */
function leftOut(damaged: readonly string[]): string {
  if (damaged.length === 0) return '';
  return ` ${plural(damaged.length, 'day')} could not be decrypted and ${damaged.length === 1 ? 'was' : 'were'} left out: ${damaged.join(', ')}.`;
}

/** Saves the whole journal as one backup file and remembers when. */
export function useBackup(): { state: BackupState; save: () => Promise<void> } {
  const [state, setState] = useState<BackupState>({ status: 'idle' });
  const save = useCallback(async () => {
    setState({ status: 'working' });
    try {
      const now = new Date();
      const { data, damaged } = await loadBackupData();
      const lock = lockController.currentLock();
      const text = lock ? await sealBackup(data, lock.keyring, lock.key, now) : createBackup(data, now);
      // Only what can be opened again is saved: restore reads at most LIMITS.backupBytes.
      const bytes = new Blob([text]).size;
      if (bytes > LIMITS.backupBytes) {
        setState({
          status: 'failed',
          message: `The backup would be ${megabytes(bytes)}, more than the ${megabytes(LIMITS.backupBytes)} Forkcast can restore, so it was not saved. Export as markdown instead.`,
        });
        return;
      }
      const response = await bridge.saveBackup({ suggestedName: backupFileName(now), text });
      if (response.status === 'saved') {
        await recordBackup(now);
        setState({
          status: 'done',
          message: lock
            ? `Saved an encrypted backup of ${plural(data.entries.length, 'day')} to ${response.location}. Restoring it asks for the passphrase you have now, or your recovery key.${leftOut(damaged)}`
            : `Saved a backup of ${plural(data.entries.length, 'day')} to ${response.location}.${leftOut(damaged)}`,
        });
      } else if (response.status === 'failed') {
        setState({ status: 'failed', message: response.message });
      } else {
        setState({ status: 'idle' });
      }
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(error, 'The backup') });
    }
  }, []);
  return { state, save };
}
