import { useMemo } from 'react';
import { findPrompt, matchEntry, type Entry, type LocalDate, type SearchField } from '../../../shared';
import { EntryRowSummary } from './EntryRowSummary';
import { HighlightedText } from './HighlightedText';
import { VirtualList } from './VirtualList';

/** How many matching fields a result shows before "and N more". */
const FIELDS_SHOWN = 2;

function fieldLabel(field: SearchField): string {
  switch (field.kind) {
    case 'answer':
      return findPrompt(field.promptId)?.text ?? 'Answer';
    case 'highlight':
      return 'Best moment';
    case 'notes':
      return 'Notes';
    case 'tags':
      return 'Tags';
  }
}

function SearchResult({
  entry,
  query,
  onOpenDay,
}: {
  entry: Entry;
  query: string;
  onOpenDay: (date: LocalDate) => void;
}) {
  const matches = useMemo(() => matchEntry(entry, query), [entry, query]);
  const hidden = matches.length - FIELDS_SHOWN;
  return (
    <button type="button" className="history-row history-result" onClick={() => onOpenDay(entry.date)}>
      <EntryRowSummary entry={entry} />{' '}
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
  results: readonly Entry[];
  query: string;
  onOpenDay: (date: LocalDate) => void;
}

/** Matching entries, newest first, with the matching words marked. */
export function SearchResults({ results, query, onOpenDay }: Props) {
  return (
    <VirtualList
      items={results}
      label="Search results, newest first"
      getKey={(entry) => entry.date}
      estimatedRowHeight={110}
      renderItem={(entry) => <SearchResult entry={entry} query={query} onOpenDay={onOpenDay} />}
    />
  );
}
