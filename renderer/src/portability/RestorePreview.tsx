import { formatDate, formatTimestamp, type Backup, type BackupData } from '../../../shared';
import { plural } from './failureMessage';
import type { JournalSummary, RestoreLock } from './useRestore';

const LOCK_OUTCOME: Record<RestoreLock, string | null> = {
  keeps: 'Your journal stays locked with the passphrase it has now; the restored days are encrypted with it.',
  takes:
    'The backup is locked, so your journal will be too: afterwards it opens with the passphrase that opened the backup, or that backup’s recovery key.',
  none: null,
};

interface Props {
  backup: Backup;
  current: JournalSummary;
  lock: RestoreLock;
  onConfirm: () => void;
  onCancel: () => void;
}

const quotedList = (labels: readonly string[]) => labels.map((label) => `“${label}”`).join(', ');

/** The weekly reviews and the decision plan a backup holds, in one sentence. */
export function backupPlanWords({ reviews, decision }: Pick<BackupData, 'reviews' | 'decision'>): string {
  const parts: string[] = [];
  if (decision?.decisionDate) parts.push(`the decision conversation on ${formatDate(decision.decisionDate, 'date')}`);
  if (decision?.record) {
    parts.push(`the decision recorded on ${formatDate(decision.record.decidedOn, 'date')} (${decision.record.choice})`);
  }
  const experiments = decision?.experiments ?? [];
  if (experiments.length > 0) {
    parts.push(`${plural(experiments.length, 'experiment')} (${quotedList(experiments.map((item) => item.label))})`);
  }
  const plan = parts.length === 0 ? 'no decision plan' : `your decision plan: ${parts.join('; ')}`;
  return `It also holds ${plural(reviews.length, 'weekly review')} and ${plan}.`;
}

/** What the journal holds, as restoring would replace it: "its 3 days, 1 activity of your own, 2 weekly reviews and the decision plan". */
export function journalWords(current: JournalSummary): string {
  const parts = [
    `its ${plural(current.days, 'day')}`,
    `${plural(current.customActivities, 'activity', 'activities')} of your own`,
  ];
  if (current.reviews > 0) parts.push(plural(current.reviews, 'weekly review'));
  if (current.decisionPlan) parts.push('the decision plan');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** What restoring a backup replaces, with an explicit confirmation. */
export function RestorePreview({ backup, current, lock, onConfirm, onCancel }: Props) {
  const { entries, customActivities, settings } = backup.data;
  const first = entries.reduce<string | null>(
    (min, entry) => (min === null || entry.date < min ? entry.date : min),
    null,
  );
  const last = entries.reduce<string | null>(
    (max, entry) => (max === null || entry.date > max ? entry.date : max),
    null,
  );
  return (
    <section className="restore-preview" aria-labelledby="restore-preview-heading">
      <h4 id="restore-preview-heading">Restore this backup?</h4>
      <p>
        The backup was saved {formatTimestamp(backup.createdAt, 'dateTime')} and holds {plural(entries.length, 'day')}
        {first && last ? ` (${formatDate(first, 'date')} to ${formatDate(last, 'date')})` : ''},{' '}
        {plural(customActivities.length, 'activity', 'activities')} of your own and {plural(settings.length, 'setting')}
        . {backupPlanWords(backup.data)}
      </p>
      <p>
        Restoring replaces everything in this journal: {journalWords(current)}.
        {current.daysNotInBackup > 0 &&
          ` ${plural(current.daysNotInBackup, 'day')} in your journal ${current.daysNotInBackup === 1 ? 'is' : 'are'} not in the backup and would be gone.`}
      </p>
      {LOCK_OUTCOME[lock] && <p>{LOCK_OUTCOME[lock]}</p>}
      <p className="muted">If you are unsure, save a backup of the journal as it is now first.</p>
      <div className="row">
        <button type="button" className="danger" onClick={onConfirm}>
          Replace my journal with this backup
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
