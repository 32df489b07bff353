import type { LocalDate } from '../../../shared/dates';
import { searchHistory, type HistoryFilters, type HistoryIndex, indexHistory } from '../../../shared/historyFilters';
import type { JournalReader } from '../data/journalReader';

/** What History asks: a query and filters over the journal as it was at `version` (its fingerprint). */
export interface HistoryQuery {
  version: string;
  query: string;
  filters: HistoryFilters;
}

/** Every day there is: the reader's range with no start and a last day past any real one. */
const EVERY_DAY = { from: null, to: '9999-12-31' };

/**
 * History's search, over an index of the whole journal built once per
 * journal version and kept until the journal changes. Runs in the History
 * search worker, and on the main thread only where workers are missing
 * (component tests). Reads with plain IndexedDB, so the worker carries
 * neither Dexie nor zod.
 */
export function createHistorySearch(reader: JournalReader) {
  let built: { version: string; index: Promise<HistoryIndex> } | null = null;
  const indexFor = (version: string): Promise<HistoryIndex> => {
    if (built?.version !== version) {
      const index = reader
        .read(EVERY_DAY)
        .then(({ entries, customActivities }) => indexHistory(entries.reverse(), customActivities));
      // A failed read is not kept: the next search reads again.
      index.catch(() => {
        if (built?.index === index) built = null;
      });
      built = { version, index };
    }
    return built.index;
  };
  return {
    /** Starts building the index ahead of the first search. */
    warm: (version: string): void => void indexFor(version).catch(() => undefined),
    /** The dates of the days that match, newest first. */
    search: async ({ version, query, filters }: HistoryQuery): Promise<LocalDate[]> =>
      searchHistory(await indexFor(version), query, filters),
  };
}
