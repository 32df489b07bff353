import type { Entry, LocalDate } from '../../../shared';
import { db } from './database';
import { openEntry } from './journalRows';
import { DamagedRowError } from './sealedRows';

/** Every written day's date, newest first: keys only, read in one go however large the journal. */
export async function listDatesNewestFirst(): Promise<LocalDate[]> {
  // getAllKeys has no direction, so the keys come oldest first and are turned round here.
  return (await db.entries.toCollection().primaryKeys()).reverse();
}

/**
 * The entries of some dates, in their order; undefined where a day is gone,
 * or where it does not decrypt (that day is named by the damaged-days notice).
 */
export async function getEntries(dates: readonly LocalDate[]): Promise<(Entry | undefined)[]> {
  const rows = await db.entries.bulkGet([...dates]);
  return Promise.all(
    rows.map((row) =>
      row === undefined
        ? undefined
        : openEntry(row).catch((error: unknown) =>
            error instanceof DamagedRowError ? undefined : Promise.reject(error),
          ),
    ),
  );
}
