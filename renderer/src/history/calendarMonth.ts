import { addDays, addMonths, eachDayOfInterval, endOfMonth, getISODay, startOfMonth, startOfWeek } from 'date-fns';
import { formatDate, fromLocalDate, toLocalDate, type DayKind, type LocalDate } from '../../../shared';

/** A month is named by its first day, e.g. '2026-11-01'. */
export type Month = LocalDate;

/** The month `date` falls in. */
export function monthOf(date: LocalDate): Month {
  return toLocalDate(startOfMonth(fromLocalDate(date)));
}

export function shiftMonth(month: Month, months: number): Month {
  return toLocalDate(addMonths(fromLocalDate(month), months));
}

export function lastDayOfMonth(month: Month): LocalDate {
  return toLocalDate(endOfMonth(fromLocalDate(month)));
}

/** "November 2026" */
export function monthTitle(month: Month): string {
  return formatDate(month, 'monthYear');
}

/** The weekday names, Monday first, short for the eye and long for screen readers. */
export function weekdays(): { short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(startOfWeek(new Date(2026, 0, 7), { weekStartsOn: 1 }), i);
    return { short: formatDate(day, 'shortWeekday'), long: formatDate(day, 'weekday') };
  });
}

/**
 * The month laid out in weeks, Monday first. Cells before the 1st and after
 * the last day are null, so every week has seven cells.
 */
export function monthWeeks(month: Month): (LocalDate | null)[][] {
  const first = fromLocalDate(month);
  const days = eachDayOfInterval({ start: first, end: endOfMonth(first) }).map(toLocalDate);
  const cells: (LocalDate | null)[] = [...Array<null>(getISODay(first) - 1).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (LocalDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface MonthTally {
  written: number;
  good: number;
  mixed: number;
  bad: number;
}

/** How many days of a month were written, and of each kind. */
export function tallyMonth(kinds: ReadonlyMap<LocalDate, DayKind | null>): MonthTally {
  const tally: MonthTally = { written: kinds.size, good: 0, mixed: 0, bad: 0 };
  for (const kind of kinds.values()) if (kind) tally[kind] += 1;
  return tally;
}
