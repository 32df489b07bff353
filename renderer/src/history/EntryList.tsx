import type { Entry, LocalDate } from '../../../shared';
import { EntryRowSummary } from './EntryRowSummary';
import { entryPreview } from './entryPreview';
import { VirtualList } from './VirtualList';

interface Props {
  entries: readonly Entry[];
  onOpenDay: (date: LocalDate) => void;
}

/** Every entry, newest first, one row each. */
export function EntryList({ entries, onOpenDay }: Props) {
  return (
    <VirtualList
      items={entries}
      label="Entries, newest first"
      getKey={(entry) => entry.date}
      estimatedRowHeight={64}
      renderItem={(entry) => (
        <button type="button" className="history-row" onClick={() => onOpenDay(entry.date)}>
          <EntryRowSummary entry={entry} />{' '}
          <span className="history-row-preview">{entryPreview(entry) || 'Nothing written yet'}</span>
        </button>
      )}
    />
  );
}
