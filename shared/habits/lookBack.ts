// Looking back and missed days on Today: which past days to show, worked out
// from dates alone, so the renderer only reads the rows these name.
import { subMonths } from 'date-fns';
import { fromLocalDate, shiftDate, toLocalDate, type LocalDate } from '../dates';

/** The spans Today looks back over, with the words its cards use. */
export const LOOK_BACK_SPANS = [
  { id: 'month', label: 'A month ago', months: 1 },
  { id: 'quarter', label: 'Three months ago', months: 3 },
  { id: 'year', label: 'A year ago', months: 12 },
] as const;
export type LookBackSpan = (typeof LOOK_BACK_SPANS)[number];

/** How far from the exact date a written day may be and still stand for it: a journal is rarely daily. */
export const LOOK_BACK_SLACK_DAYS = 3;

/** The date `months` before `today`; the 31st of a month goes to the last day of a shorter one. */
export function lookBackDate(today: LocalDate, months: number): LocalDate {
  return toLocalDate(subMonths(fromLocalDate(today), months));
}

/** The range of days read for one span: its date, a few days either side. */
export function lookBackRange(today: LocalDate, months: number): { from: LocalDate; to: LocalDate; target: LocalDate } {
  const target = lookBackDate(today, months);
  return { from: shiftDate(target, -LOOK_BACK_SLACK_DAYS), to: shiftDate(target, LOOK_BACK_SLACK_DAYS), target };
}

/** Whole days from `a` to `b`, ignoring clock changes. */
function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Of the written days near `target`, the closest (the earlier on a tie), or undefined. */
export function nearestDay<T extends { date: LocalDate }>(target: LocalDate, days: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const day of days) {
    const distance = Math.abs(daysBetween(target, day.date));
    if (distance > LOOK_BACK_SLACK_DAYS) continue;
    const bestDistance = best ? Math.abs(daysBetween(target, best.date)) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && day.date < best.date))
      best = day;
  }
  return best;
}

/** How many days before today the missed-days prompt looks at: the week just gone. */
export const MISSED_DAYS_WINDOW = 6;

/**
 * The days of the past week with nothing written, oldest first. Only days
 * since the journal's first entry count: before it, nothing was missed.
 */
export function missedDays(
  today: LocalDate,
  written: ReadonlySet<LocalDate>,
  firstWritten: LocalDate | null,
): LocalDate[] {
  if (firstWritten === null) return [];
  const missed: LocalDate[] = [];
  for (let back = MISSED_DAYS_WINDOW; back >= 1; back -= 1) {
    const date = shiftDate(today, -back);
    if (date >= firstWritten && !written.has(date)) missed.push(date);
  }
  return missed;
}

/** "Tuesday", "Tuesday or Wednesday", "Monday, Tuesday or Wednesday". */
export function joinWithOr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
