import type { Entry, LocalDate } from '../../../shared';
import { EntryRowSummary } from './EntryRowSummary';
import { entryPreview } from './entryPreview';

interface Props {
  date: LocalDate;
  /** Undefined while the row's page is being read: the row shows its date meanwhile. */
  entry: Entry | undefined;
  onOpenDay: (date: LocalDate) => void;
}

/** One day in the History list: date, day kind, energy and its first line. */
export function EntryRow({ date, entry, onOpenDay }: Props) {
  return (
    <button type="button" className="history-row" onClick={() => onOpenDay(date)} aria-busy={!entry}>
      <EntryRowSummary date={date} entry={entry} />{' '}
      <span className="history-row-preview">{entry ? entryPreview(entry) || 'Nothing written yet' : '…'}</span>
    </button>
  );
}
