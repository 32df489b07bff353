import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/database';
import { getEntries, listDatesNewestFirst } from '../data/historyQueries';
import { PAGE_SIZE, type DaysWithFirstPage } from './firstPage';

export interface JournalDates {
  /**
   * Every written day, newest first: only the keys, so a large journal opens
   * at once, and the entries of the first page, read with them so the first
   * rows show with the list.
   */
  days: DaysWithFirstPage;
  /** New on every change to the journal, so what was read from it (rows, the search index) is read again. */
  version: string;
}

/**
 * Counts the journal's changes as this page sees them. The live query below
 * re-runs exactly when entries or the user's own activities change, here or
 * in another window, whatever the change (an import can swap a day for an
 * older copy without moving any count or date), so each run is a new version.
 */
let generation = 0;

/** Every written day's date, and the first page's entries, kept live; undefined while loading. */
export function useJournalDates(): JournalDates | undefined {
  return useLiveQuery(async () => {
    const [dates] = await Promise.all([
      listDatesNewestFirst(),
      // Read only to be watched: the user's own activities name and place days in search and filters.
      db.customActivities.count(),
    ]);
    const first = await getEntries(dates.slice(0, PAGE_SIZE));
    generation += 1;
    return { days: { dates, first }, version: String(generation) };
  }, []);
}
