import type { Entry } from '../../../shared';
import { db } from './database';

/** Every entry, newest day first, for the History list and search. */
export function listEntriesNewestFirst(): Promise<Entry[]> {
  return db.entries.orderBy('date').reverse().toArray();
}
