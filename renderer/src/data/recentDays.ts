import type { Entry, LocalDate } from '../../../shared';
import { SUGGESTION_WINDOW_DAYS } from '../../../shared';
import { db } from './database';
import { openEntries } from './journalRows';

/**
 * The written days just before `date`, newest first, for the day's activity
 * suggestions and "same as the last day". Reads only days before `date`, so
 * saving the day being written does not change what it suggests.
 */
export async function listDaysBefore(date: LocalDate, limit = SUGGESTION_WINDOW_DAYS): Promise<Entry[]> {
  return openEntries(await db.entries.where('date').below(date).reverse().limit(limit).toArray());
}

/** Days read per step while looking back for a good day; most journals find one in the first. */
const LOOK_BACK_PAGE = 60;

/**
 * The latest good day before `date` that has activities, or undefined. It
 * pages back through the days, since a locked journal's day kinds and
 * activities can only be read once a day is opened.
 */
export async function findLastGoodDayBefore(date: LocalDate): Promise<Entry | undefined> {
  for (let before = date; ;) {
    const rows = await db.entries.where('date').below(before).reverse().limit(LOOK_BACK_PAGE).toArray();
    const found = (await openEntries(rows)).find((entry) => entry.dayKind === 'good' && entry.activities.length > 0);
    if (found) return found;
    const oldest = rows.at(-1);
    if (!oldest || rows.length < LOOK_BACK_PAGE) return undefined;
    before = oldest.date;
  }
}
