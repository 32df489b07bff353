import { useBackup } from './useBackup';
import { useBackupReminder } from './useBackupReminder';
import './portability.css';

/** A gentle note on Today, at most once a month, when no backup or export was made for 30 days. */
export function BackupReminder() {
  const { due, dismiss } = useBackupReminder();
  const { state, save } = useBackup();
  if (!due) return null;
  const saved = state.status === 'done';
  return (
    <aside className="backup-reminder" aria-label="Backup reminder">
      {state.status === 'done' ? (
        <p role="status">{state.message}</p>
      ) : (
        <p>
          It has been a month without a backup. A copy of your journal keeps it safe if this computer fails or the
          browser clears its storage.
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
      <div className="row">
        {!saved && (
          <button type="button" className="primary" disabled={state.status === 'working'} onClick={() => void save()}>
            Save a backup now
          </button>
        )}
        {!saved && <a href="#/settings">More options in Settings</a>}
        <button type="button" onClick={dismiss}>
          {saved ? 'Close' : 'Not now'}
        </button>
      </div>
    </aside>
  );
}
