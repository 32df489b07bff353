import { memo } from 'react';
import type { Entry, LocalDate } from '../../../shared';
import { EntryList } from './EntryList';
import './history.css';
import { MonthCalendar } from './MonthCalendar';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useCalendarMonth } from './useCalendarMonth';
import { useEntrySearch } from './useEntrySearch';
import { useHistoryEntries } from './useHistoryEntries';
import { useMonthDayKinds } from './useMonthDayKinds';

interface Props {
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

interface PanelProps extends Props {
  entries: Entry[];
  /** The deferred search's state: it changes only once the results for a query are ready. */
  active: boolean;
  results: Entry[];
  searchedQuery: string;
}

/**
 * Memoised so a keystroke re-renders only the search box: the list and the
 * results follow the deferred query. Without it the urgent render re-renders
 * the 10,000-row list for nothing (npm run bench: ~20% of query-to-results).
 */
const EntriesPanel = memo(function EntriesPanel({
  entries,
  active,
  results,
  searchedQuery,
  today,
  onOpenDay,
}: PanelProps) {
  if (entries.length === 0) {
    return (
      <div className="history-empty">
        <p>No entries yet — write today&apos;s and it will show up here and on the calendar.</p>
        <button type="button" className="primary" onClick={() => onOpenDay(today)}>
          Write today&apos;s entry
        </button>
      </div>
    );
  }
  if (!active) {
    return (
      <>
        <p className="history-count muted" role="status">
          {count(entries.length, 'entry', 'entries')}, newest first
        </p>
        <EntryList entries={entries} onOpenDay={onOpenDay} />
      </>
    );
  }
  return (
    <>
      <p className="history-count muted" role="status">
        {count(results.length, 'entry matches', 'entries match')} “{searchedQuery.trim()}”
      </p>
      {results.length === 0 ? (
        <p className="history-empty">Nothing matches. Check the spelling, or try fewer or shorter words.</p>
      ) : (
        <SearchResults key={searchedQuery} results={results} query={searchedQuery} onOpenDay={onOpenDay} />
      )}
    </>
  );
});

/** Past days: a calendar by day kind, every entry newest first, and search. */
export function HistoryView({ today, onOpenDay }: Props) {
  const entries = useHistoryEntries();
  const search = useEntrySearch(entries);
  const calendar = useCalendarMonth(today);
  const dayKinds = useMonthDayKinds(calendar.month);

  return (
    <div className="page history">
      <header className="page-header history-header">
        <h1>History</h1>
        <SearchBox query={search.query} onChange={search.setQuery} />
      </header>
      <div className="history-body">
        <MonthCalendar calendar={calendar} dayKinds={dayKinds} today={today} onOpenDay={onOpenDay} />
        <section className="card history-entries" aria-label={search.active ? 'Search results' : 'Entries'}>
          {entries === undefined ? (
            <p className="muted" role="status">
              Loading your entries…
            </p>
          ) : (
            <EntriesPanel
              entries={entries}
              active={search.active}
              results={search.results}
              searchedQuery={search.searchedQuery}
              today={today}
              onOpenDay={onOpenDay}
            />
          )}
        </section>
      </div>
    </div>
  );
}
