import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../shared';
import { db } from '../data/database';
import { listDatesNewestFirst } from '../data/historyQueries';

export interface JournalDates {
  /** Every written day, newest first: only the keys, so a large journal opens at once. */
  dates: LocalDate[];
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

/** Every written day's date, kept live; undefined while loading. */
export function useJournalDates(): JournalDates | undefined {
  return useLiveQuery(async () => {
    const [dates] = await Promise.all([
      listDatesNewestFirst(),
      // Read only to be watched: the user's own activities name and place days in search and filters.
      db.customActivities.count(),
    ]);
    generation += 1;
    return { dates, version: String(generation) };
  }, []);
}
