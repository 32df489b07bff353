import { useDeferredValue, useMemo, useState } from 'react';
import { buildSearchIndex, parseQuery, searchEntries, type Entry } from '../../../shared';

export interface EntrySearch {
  /** What is in the search box. */
  query: string;
  setQuery: (query: string) => void;
  /** The query the results belong to; lags `query` while typing fast. */
  searchedQuery: string;
  /** True when the searched query has at least one word. */
  active: boolean;
  /** Matching entries, in the order of `entries`. */
  results: Entry[];
}

/**
 * Search over the given entries. The folded text of every entry is built once
 * per data change; each query is then a scan of those strings.
 */
export function useEntrySearch(entries: readonly Entry[] | undefined): EntrySearch {
  const [query, setQuery] = useState('');
  const searchedQuery = useDeferredValue(query);
  const index = useMemo(() => buildSearchIndex(entries ?? []), [entries]);
  const results = useMemo(() => searchEntries(index, searchedQuery), [index, searchedQuery]);
  return { query, setQuery, searchedQuery, active: parseQuery(searchedQuery).length > 0, results };
}
