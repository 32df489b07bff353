import type { Entry, LocalDate } from '../../../shared';
import { SUGGESTION_WINDOW_DAYS } from '../../../shared';
import { db } from './database';

/**
 * The written days just before `date`, newest first, for the day's activity
 * suggestions and "same as the last day". Reads only days before `date`, so
 * saving the day being written does not change what it suggests.
 */
export function listDaysBefore(date: LocalDate, limit = SUGGESTION_WINDOW_DAYS): Promise<Entry[]> {
  return db.entries.where('date').below(date).reverse().limit(limit).toArray();
}

/** The latest good day before `date` that has activities, or undefined. */
export function findLastGoodDayBefore(date: LocalDate): Promise<Entry | undefined> {
  return db.entries
    .where('date')
    .below(date)
    .reverse()
    .filter((entry) => entry.dayKind === 'good' && entry.activities.length > 0)
    .first();
}
