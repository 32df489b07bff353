import type { Entry, LocalDate } from '../../../shared';
import { db } from './database';

/** Every written day's date, newest first: keys only, read in one go however large the journal. */
export async function listDatesNewestFirst(): Promise<LocalDate[]> {
  // getAllKeys has no direction, so the keys come oldest first and are turned round here.
  return (await db.entries.toCollection().primaryKeys()).reverse();
}

/** The entries of some dates, in their order; undefined where a day is gone. */
export function getEntries(dates: readonly LocalDate[]): Promise<(Entry | undefined)[]> {
  return db.entries.bulkGet([...dates]);
}
