import type { Entry, LocalDate } from '../../../shared';
import { DayKindBadge } from '../components/DayKindBadge';
import { listDate } from './entryPreview';

/** The first line of a list row or search result: date, day kind and energy (the date alone until the entry is read). */
export function EntryRowSummary({ date, entry }: { date: LocalDate; entry: Entry | undefined }) {
  return (
    <span className="history-row-summary">
      <span className="history-row-date">{listDate(date)}</span> <DayKindBadge kind={entry?.dayKind ?? null} />{' '}
      {entry?.energy != null && <span className="history-row-energy muted">Energy {entry.energy}/5</span>}
    </span>
  );
}
