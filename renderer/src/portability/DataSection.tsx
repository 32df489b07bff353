import { BACKUP_REMINDER_DAYS, daysSince, formatTimestamp } from '../../../shared';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LiveFolderPanel } from './LiveFolderPanel';
import { SourceImportPanel } from './SourceImportPanel';
import { useLastBackupAt } from './useLastBackupAt';
import './portability.css';

function LastBackup() {
  const lastBackupAt = useLastBackupAt();
  const days = daysSince(lastBackupAt, new Date());
  if (!lastBackupAt || days === null) {
    return <p className="data-last">You have not saved a backup or export yet.</p>;
  }
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return (
    <p className="data-last">
      Last backup or export: {formatTimestamp(lastBackupAt, 'date')} ({when}).
      {days >= BACKUP_REMINDER_DAYS && ' A fresh one would be a good idea.'}
    </p>
  );
}

/** The Settings section for taking data out and bringing it back. */
export function DataSection() {
  return (
    <section className="card data-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p className="muted">
        Everything you write stays on this computer. Take it out as markdown you can read anywhere, or as one backup
        file that restores the journal exactly.
      </p>
      <LastBackup />
      <ExportPanel />
      <LiveFolderPanel />
      <ImportPanel />
      <SourceImportPanel />
      <BackupPanel />
    </section>
  );
}
