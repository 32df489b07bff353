import { dateOfDay, dayNumber, daysFromCivil, weekIndex, weekKey, weekStart } from '../analysis/calendar';
import { isLocalDate, type LocalDate } from '../dates';

/**
 * Weeks as the weekly review names them: ISO weeks, Monday to Sunday, written
 * 'YYYY-Www' (the same keys the analysis's weekly series uses). The year is
 * the one the week's Thursday falls in, so 2026-12-31 is in 2026-W53 and
 * 2027-01-01 too.
 */
export type WeekId = string;

/** Days of the week as ISO numbers them: 1 is Monday, 7 is Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

/** The week a date falls in. */
export function weekOf(date: LocalDate): WeekId {
  return weekKey(weekIndex(dayNumber(date)));
}

function indexOfWeek(week: string): number | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  // Week 1 is the one holding 4 January.
  const index = weekIndex(daysFromCivil(Number(match[1]), 1, 4)) + Number(match[2]) - 1;
  return weekKey(index) === week ? index : null;
}

/** True for a week id of a week that exists (2026-W53 does; 2025-W53 does not). */
export function isWeekId(value: string): boolean {
  return indexOfWeek(value) !== null && isLocalDate(weekDates(value).from);
}

/** The Monday and the Sunday of a week. Throws for anything but a valid week id. */
export function weekDates(week: WeekId): { from: LocalDate; to: LocalDate } {
  const index = indexOfWeek(week);
  if (index === null) throw new Error(`${JSON.stringify(week)} is not a week like 2026-W49.`);
  return { from: dateOfDay(weekStart(index)), to: dateOfDay(weekStart(index) + 6) };
}

/** The week `count` weeks after `week` (before, when negative). */
export function shiftWeek(week: WeekId, count: number): WeekId {
  const index = indexOfWeek(week);
  if (index === null) throw new Error(`${JSON.stringify(week)} is not a week like 2026-W49.`);
  return weekKey(index + count);
}

/** A date's ISO weekday. */
export function isoWeekday(date: LocalDate): IsoWeekday {
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** The date of `weekday` in `week`. */
export function dayOfWeek(week: WeekId, weekday: IsoWeekday): LocalDate {
  return dateOfDay(dayNumber(weekDates(week).from) + weekday - 1);
}
