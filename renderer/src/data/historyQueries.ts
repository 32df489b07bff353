import type { Entry } from '../../../shared';
import { db } from './database';
import { openEntries } from './journalRows';

/** Every entry, newest day first, for the History list and search. */
export async function listEntriesNewestFirst(): Promise<Entry[]> {
  return openEntries(await db.entries.orderBy('date').reverse().toArray());
}
