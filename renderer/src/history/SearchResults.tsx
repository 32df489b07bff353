import { useMemo } from 'react';
import {
  findPrompt,
  matchEntry,
  type CustomActivity,
  type Entry,
  type LocalDate,
  type SearchField,
} from '../../../shared';
import { UNREADABLE } from './entryPreview';
import { EntryRowSummary } from './EntryRowSummary';
import type { DaysWithFirstPage } from './firstPage';
import { HighlightedText } from './HighlightedText';
import { usePagedEntries } from './usePagedEntries';
import { VirtualList } from './VirtualList';

/** How many matching fields a result shows before "and N more". */
const FIELDS_SHOWN = 2;

function fieldLabel(field: SearchField): string {
  switch (field.kind) {
    case 'day':
      return 'Day';
    case 'activities':
      return 'Activities';
    case 'answer':
      return findPrompt(field.promptId)?.text ?? 'Answer';
    case 'highlightKind':
    case 'highlight':
      return 'Best moment';
    case 'notes':
      return 'Notes';
    case 'tags':
      return 'Tags';
  }
}

interface ResultProps {
  date: LocalDate;
  /** Undefined while its page is read; null when it did not decrypt. */
  entry: Entry | null | undefined;
  query: string;
  custom: readonly CustomActivity[];
  onOpenDay: (date: LocalDate) => void;
}

function SearchResult({ date, entry, query, custom, onOpenDay }: ResultProps) {
  const matches = useMemo(() => (entry ? matchEntry(entry, query, custom) : []), [entry, query, custom]);
  const hidden = matches.length - FIELDS_SHOWN;
  return (
    <button
      type="button"
      className="history-row history-result"
      onClick={() => onOpenDay(date)}
      aria-busy={entry === undefined}
    >
      <EntryRowSummary date={date} entry={entry ?? undefined} />{' '}
      {entry === null && <span className="history-row-preview">{UNREADABLE}</span>}
      {matches.slice(0, FIELDS_SHOWN).map(({ field, snippet }, i) => (
        <span key={i} className="history-result-match">
          <span className="history-result-field muted">{fieldLabel(field)}</span>{' '}
          <HighlightedText snippet={snippet} />{' '}
        </span>
      ))}
      {hidden > 0 && (
        <span className="muted">
          and {hidden} more {hidden === 1 ? 'place' : 'places'}
        </span>
      )}
    </button>
  );
}

interface Props {
  days: DaysWithFirstPage;
  query: string;
  version: string;
  custom: readonly CustomActivity[];
  onOpenDay: (date: LocalDate) => void;
}

/** Matching entries, newest first, with the matching words marked; each read as it scrolls into view. */
export function SearchResults({ days, query, version, custom, onOpenDay }: Props) {
  const paged = usePagedEntries(days, version);
  return (
    <VirtualList
      items={days.dates}
      label="Search results, newest first"
      getKey={(date) => date}
      estimatedRowHeight={110}
      onRangeChange={paged.showRange}
      renderItem={(date) => (
        <SearchResult date={date} entry={paged.entryOf(date)} query={query} custom={custom} onOpenDay={onOpenDay} />
      )}
    />
  );
}
