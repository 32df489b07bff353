import type { LocalDate } from '../../../shared/dates';
import { searchHistory, type HistoryFilters, type HistoryIndex, indexHistory } from '../../../shared/historyFilters';
import type { Entry } from '../../../shared/entry';
import type { JournalReader } from '../data/journalReader';
import { openReadable, type RowOpener } from '../data/sealedRows';
import { PAGE_SIZE, type DaysWithFirstPage } from './firstPage';

/** What History asks: a query and filters over the journal as it was at `version` (its fingerprint). */
export interface HistoryQuery {
  version: string;
  query: string;
  filters: HistoryFilters;
}

/** The index of one journal version, and its entries by date for the first page of an answer. */
interface Indexed {
  index: HistoryIndex;
  byDate: ReadonlyMap<LocalDate, Entry>;
}

/** Every day there is: the reader's range with no start and a last day past any real one. */
const EVERY_DAY = { from: null, to: '9999-12-31' };

/**
 * History's search, over an index of the whole journal built once per
 * journal version and kept until the journal changes. Runs in the History
 * search worker, and on the main thread only where workers are missing
 * (component tests). Reads with plain IndexedDB, so the worker carries
 * neither Dexie nor zod. A locked journal's rows open with `opener`, the key
 * of the moment; the index holds decrypted text, so whoever holds this search
 * drops it when the journal locks. A day that does not decrypt is left out
 * (the page names it). An answer carries the first page of its entries, so
 * the page shows the first results without reading them again.
 */
export function createHistorySearch(reader: JournalReader, opener: RowOpener | null) {
  let built: { version: string; index: Promise<Indexed> } | null = null;
  const indexFor = (version: string): Promise<Indexed> => {
    if (built?.version !== version) {
      const index = reader.read(EVERY_DAY).then(async (slice) => {
        const [entries, customActivities] = await Promise.all([
          openReadable(slice.entries, opener && ((row) => opener.entry(row))),
          openReadable(slice.customActivities, opener && ((row) => opener.activity(row))),
        ]);
        const newestFirst = entries.reverse();
        return {
          index: indexHistory(newestFirst, customActivities),
          byDate: new Map(newestFirst.map((entry) => [entry.date, entry])),
        };
      });
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
    /** The dates of the days that match, newest first, and the entries of the first page of them. */
    search: async ({ version, query, filters }: HistoryQuery): Promise<DaysWithFirstPage> => {
      const { index, byDate } = await indexFor(version);
      const dates = searchHistory(index, query, filters);
      return { dates, first: dates.slice(0, PAGE_SIZE).map((date) => byDate.get(date)) };
    },
  };
}
