import {
  isBlankEntry,
  LOOK_BACK_SPANS,
  lookBackRange,
  MISSED_DAYS_WINDOW,
  missedDays,
  nearestDay,
  shiftDate,
  type Entry,
  type LocalDate,
  type LookBackSpan,
} from '../../../shared';
import { listEntriesBetween } from './entriesRepository';
import { db } from './database';

export interface LookBackDay {
  span: LookBackSpan;
  entry: Entry;
}

/** For each look-back span, the written day closest to its date, if any: a few rows read, never the journal. */
export async function readLookBack(today: LocalDate): Promise<LookBackDay[]> {
  // The spans are months apart and the slack days, so no day is found twice.
  const found = await Promise.all(
    LOOK_BACK_SPANS.map(async (span) => {
      const { from, to, target } = lookBackRange(today, span.months);
      const entry = nearestDay(
        target,
        (await listEntriesBetween(from, to)).filter((day) => !isBlankEntry(day)),
      );
      return entry ? { span, entry } : null;
    }),
  );
  return found.filter((day) => day !== null);
}

/** The days of the past week with nothing written, since the journal began, oldest first. */
export async function readMissedDays(today: LocalDate): Promise<LocalDate[]> {
  const first = await readFirstWrittenDate();
  const week = await listEntriesBetween(shiftDate(today, -MISSED_DAYS_WINDOW), shiftDate(today, -1));
  const written = new Set(week.filter((day) => !isBlankEntry(day)).map((day) => day.date));
  return missedDays(today, written, first);
}

/** The date of the journal's first day, or null while it is empty. */
export async function readFirstWrittenDate(): Promise<LocalDate | null> {
  return (await db.entries.orderBy('date').first())?.date ?? null;
}
