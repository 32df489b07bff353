import type { LocalDate } from '../../../shared';
import { EntryRow } from './EntryRow';
import type { DaysWithFirstPage } from './firstPage';
import { usePagedEntries } from './usePagedEntries';
import { VirtualList } from './VirtualList';

interface Props {
  days: DaysWithFirstPage;
  version: string;
  onOpenDay: (date: LocalDate) => void;
}

/** Every entry, newest first, one row each; a row's entry is read when it scrolls into view. */
export function EntryList({ days, version, onOpenDay }: Props) {
  const paged = usePagedEntries(days, version);
  return (
    <VirtualList
      items={days.dates}
      label="Entries, newest first"
      getKey={(date) => date}
      estimatedRowHeight={64}
      onRangeChange={paged.showRange}
      renderItem={(date) => <EntryRow date={date} entry={paged.entryOf(date)} onOpenDay={onOpenDay} />}
    />
  );
}
