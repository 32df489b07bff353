import type { Entry } from '../../../shared';
import { DayKindBadge } from '../components/DayKindBadge';
import { listDate } from './entryPreview';

/** The first line of a list row or search result: date, day kind and energy. */
export function EntryRowSummary({ entry }: { entry: Entry }) {
  return (
    <span className="history-row-summary">
      <span className="history-row-date">{listDate(entry.date)}</span> <DayKindBadge kind={entry.dayKind} />{' '}
      {entry.energy !== null && <span className="history-row-energy muted">Energy {entry.energy}/5</span>}
    </span>
  );
}
