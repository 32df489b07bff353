import { useLockView } from '../lock/useLock';
import { LockedBackupForm } from './LockedBackupForm';
import { RestorePreview } from './RestorePreview';
import { useBackup } from './useBackup';
import { useRestore } from './useRestore';

/** Save a lossless backup, or restore one after seeing what it replaces. */
export function BackupPanel() {
  const backup = useBackup();
  const restore = useRestore();
  const locked = useLockView().status === 'unlocked';
  const busy =
    backup.state.status === 'working' || restore.state.status === 'reading' || restore.state.status === 'restoring';
  const messages = [backup.state, restore.state];
  return (
    <div className="data-block">
      <h3>Backup and restore</h3>
      <p className="muted">
        One file with every day, your own activities and your settings. Restoring it gives back exactly this journal.
        {locked && ' While the journal is locked, the backup is encrypted with it: restoring asks for the passphrase.'}
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void backup.save()}>
          Save a backup…
        </button>
        <button
          type="button"
          disabled={busy || restore.state.status === 'preview' || restore.state.status === 'locked'}
          onClick={() => void restore.open()}
        >
          Restore from a backup…
        </button>
      </div>
      {busy && (
        <p role="status">
          <progress /> Working…
        </p>
      )}
      {restore.state.status === 'locked' && (
        <LockedBackupForm
          busy={restore.state.busy}
          message={restore.state.message}
          onUnlock={(typed) => void restore.unlock(typed)}
          onCancel={restore.cancel}
        />
      )}
      {restore.state.status === 'preview' && (
        <RestorePreview
          backup={restore.state.backup}
          current={restore.state.current}
          lock={restore.state.lock}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      )}
      {messages.map((state, index) =>
        state.status === 'done' ? (
          <p key={index} role="status">
            {state.message}
          </p>
        ) : state.status === 'failed' ? (
          <p key={index} role="alert" className="error-text">
            {state.message}
          </p>
        ) : null,
      )}
    </div>
  );
}
