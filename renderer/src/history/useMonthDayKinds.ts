import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKind, LocalDate } from '../../../shared';
import { listDayKinds } from '../data/entriesRepository';
import { lastDayOfMonth, type Month } from './calendarMonth';

/** The written days of a month and their day kind; undefined while loading. */
export function useMonthDayKinds(month: Month): ReadonlyMap<LocalDate, DayKind | null> | undefined {
  return useLiveQuery(async () => {
    const rows = await listDayKinds(month, lastDayOfMonth(month));
    return new Map(rows.map(({ date, dayKind }) => [date, dayKind]));
  }, [month]);
}
