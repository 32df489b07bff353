import { memo, useEffect, useState } from 'react';
import {
  hasFilters,
  NO_FILTERS,
  parseQuery,
  type CustomActivity,
  type HistoryFilters,
  type LocalDate,
} from '../../../shared';
import { useCustomActivities } from '../hooks/useCustomActivities';
import { EntryList } from './EntryList';
import './history.css';
import { HistoryFiltersBar } from './HistoryFiltersBar';
import { warmHistorySearch } from './historySearchClient';
import { MonthCalendar } from './MonthCalendar';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useCalendarMonth } from './useCalendarMonth';
import { useHistorySearch, type HistorySearchState } from './useHistorySearch';
import { useJournalDates, type JournalDates } from './useJournalDates';
import { useMonthDayKinds } from './useMonthDayKinds';

interface Props {
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 entries match “design doc” and the filters (of 1,204)" */
function resultCount(found: number, total: number, query: string, filters: HistoryFilters): string {
  const words = parseQuery(query).length > 0 ? `“${query.trim()}”` : null;
  const what = [words, hasFilters(filters) ? 'the filters' : null].filter(Boolean).join(' and ');
  return `${count(found, 'entry matches', 'entries match')} ${what} (of ${total.toLocaleString('en')})`;
}

interface PanelProps extends Props {
  journal: JournalDates | undefined;
  search: HistorySearchState;
  custom: readonly CustomActivity[];
}

/**
 * Memoised so a keystroke re-renders only the search box: the list and the
 * results follow the search's answers, which keep their identity until a new
 * one arrives.
 */
const EntriesPanel = memo(function EntriesPanel({ journal, search, custom, today, onOpenDay }: PanelProps) {
  if (journal === undefined) {
    return (
      <p className="muted" role="status">
        Loading your entries…
      </p>
    );
  }
  if (journal.days.dates.length === 0) {
    return (
      <div className="history-empty">
        <p>No entries yet — write today&apos;s and it will show up here and on the calendar.</p>
        <button type="button" className="primary" onClick={() => onOpenDay(today)}>
          Write today&apos;s entry
        </button>
      </div>
    );
  }
  switch (search.status) {
    case 'off':
      return (
        <>
          <p className="history-count muted" role="status">
            {count(journal.days.dates.length, 'entry', 'entries')}, newest first
          </p>
          <EntryList days={journal.days} version={journal.version} onOpenDay={onOpenDay} />
        </>
      );
    case 'searching':
      return (
        <p className="history-count muted" role="status">
          Searching your journal…
        </p>
      );
    case 'failed':
      return (
        <p className="history-empty error-text" role="alert">
          {search.message}
        </p>
      );
    case 'ready':
      return (
        <>
          <p className="history-count muted" role="status" aria-busy={search.stale}>
            {resultCount(search.days.dates.length, journal.days.dates.length, search.query, search.filters)}
          </p>
          {search.days.dates.length === 0 ? (
            <p className="history-empty">
              Nothing matches. Check the spelling, try fewer or shorter words, or loosen the filters.
            </p>
          ) : (
            <SearchResults
              key={`${search.query}\n${JSON.stringify(search.filters)}`}
              days={search.days}
              query={search.query}
              version={journal.version}
              custom={custom}
              onOpenDay={onOpenDay}
            />
          )}
        </>
      );
  }
});

/** Past days: a calendar by day kind, every entry newest first, search and filters. */
export function HistoryView({ today, onOpenDay }: Props) {
  const journal = useJournalDates();
  const custom = useCustomActivities();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const search = useHistorySearch(journal?.version ?? null, query, filters);
  const calendar = useCalendarMonth(today);
  const dayKinds = useMonthDayKinds(calendar.month);
  const version = journal?.version;

  // The search index is built in the worker while the user looks at the list, so the first query is
  // quick; only once the list is painted, since reading the whole journal slows the first rows down.
  useEffect(() => {
    if (version === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame's paint.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => warmHistorySearch(version))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [version]);

  return (
    <div className="page history">
      <header className="page-header history-header">
        <h1>History</h1>
        <SearchBox query={query} onChange={setQuery} />
      </header>
      <HistoryFiltersBar filters={filters} custom={custom} today={today} onChange={setFilters} />
      <div className="history-body">
        <MonthCalendar calendar={calendar} dayKinds={dayKinds} today={today} onOpenDay={onOpenDay} />
        <section className="card history-entries" aria-label={search.status === 'off' ? 'Entries' : 'Search results'}>
          <EntriesPanel journal={journal} search={search} custom={custom} today={today} onOpenDay={onOpenDay} />
        </section>
      </div>
    </div>
  );
}
