import type { Entry, LocalDate } from '../../../shared';
import { EntryRowSummary } from './EntryRowSummary';
import { entryPreview, UNREADABLE } from './entryPreview';

interface Props {
  date: LocalDate;
  /** Undefined while the row's page is being read (the row shows its date meanwhile); null when it did not decrypt. */
  entry: Entry | null | undefined;
  onOpenDay: (date: LocalDate) => void;
}

function preview(entry: Entry | null | undefined): string {
  if (entry === undefined) return '…';
  if (entry === null) return UNREADABLE;
  return entryPreview(entry) || 'Nothing written yet';
}

/** One day in the History list: date, day kind, energy and its first line. */
export function EntryRow({ date, entry, onOpenDay }: Props) {
  return (
    <button type="button" className="history-row" onClick={() => onOpenDay(date)} aria-busy={entry === undefined}>
      <EntryRowSummary date={date} entry={entry ?? undefined} />{' '}
      <span className="history-row-preview">{preview(entry)}</span>
    </button>
  );
}
