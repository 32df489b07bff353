import { useEffect, useMemo, useState } from 'react';
import { hasFilters, parseQuery, type HistoryFilters } from '../../../shared';
import { failureMessage } from '../portability/failureMessage';
import type { DaysWithFirstPage } from './firstPage';
import { searchHistoryDays } from './historySearchClient';

export type HistorySearchState =
  | { status: 'off' }
  | { status: 'searching' }
  /** `stale` while the answer to a newer query is on its way; these results stay up meanwhile. */
  | { status: 'ready'; days: DaysWithFirstPage; query: string; filters: HistoryFilters; stale: boolean }
  | { status: 'failed'; message: string };

type Answer = { key: string; query: string; filters: HistoryFilters } & (
  { days: DaysWithFirstPage } | { error: string }
);

/**
 * The days matching what is typed and the filters set, asked of the search
 * worker whenever either or the journal (its `version`) changes. Off when
 * there is neither a word nor a filter. The state object keeps its identity
 * until an answer arrives, so typing re-renders only the search box.
 */
export function useHistorySearch(version: string | null, query: string, filters: HistoryFilters): HistorySearchState {
  const active = parseQuery(query).length > 0 || hasFilters(filters);
  const key = `${version}\n${query}\n${JSON.stringify(filters)}`;
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!active || version === null) return;
    let current = true;
    const asked = { key, query, filters };
    searchHistoryDays({ version, query, filters }).then(
      (days) => current && setAnswer({ ...asked, days }),
      (error: unknown) => current && setAnswer({ ...asked, error: failureMessage(error, 'Searching your journal') }),
    );
    return () => {
      current = false;
    };
    // `key` stands for version, query and filters together.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key]);

  const stale = answer !== null && answer.key !== key;
  return useMemo((): HistorySearchState => {
    if (!active) return { status: 'off' };
    if (answer === null) return { status: 'searching' };
    if ('error' in answer) return { status: 'failed', message: answer.error };
    return { status: 'ready', days: answer.days, query: answer.query, filters: answer.filters, stale };
  }, [active, answer, stale]);
}
