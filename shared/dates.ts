// Local calendar days, free of zod; dateSchemas.ts holds the schema that validates one.
import { addDays, format } from 'date-fns';

/** A calendar day in the user's local time zone, written 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The year, month (1-12) and day of a 'YYYY-MM-DD' string when it names a real
 * day, else null. Every entry crossing a boundary is checked, so this sets the
 * fields on one Date instead of parsing and re-formatting the string (which
 * cost a third of validating a large export); setFullYear, unlike the Date
 * constructor, keeps years below 100 as written.
 */
function civilParts(value: string): [year: number, month: number, day: number] | null {
  const match = LOCAL_DATE_SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // There is no year 0 in the calendar dates are written in (1 BC is followed by AD 1).
  if (year < 1) return null;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? [year, month, day] : null;
}

/** The earliest day a journal can hold; older dates are almost surely typos. */
export const EARLIEST_DATE: LocalDate = '1900-01-01';

/** True when `value` is a real calendar day in 'YYYY-MM-DD' form (so not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return civilParts(value) !== null;
}

/** The local calendar day of `now`. */
export function toLocalDate(now: Date): LocalDate {
  return format(now, 'yyyy-MM-dd');
}

/** A local date at local midnight; an invalid one gives an Invalid Date, as parsing it would. */
export function fromLocalDate(date: LocalDate): Date {
  const parts = civilParts(date);
  if (!parts) return new Date(NaN);
  const midnight = new Date(0);
  midnight.setFullYear(parts[0], parts[1] - 1, parts[2]);
  midnight.setHours(0, 0, 0, 0);
  return midnight;
}

/** The day `days` after (or before, when negative) `date`. */
export function shiftDate(date: LocalDate, days: number): LocalDate {
  return toLocalDate(addDays(fromLocalDate(date), days));
}

/** Why a day cannot be written, or null when it can. Dates compare as strings. */
export function writableDateProblem(date: string, today: LocalDate): string | null {
  if (!isLocalDate(date)) return `${date || 'That'} is not a real date.`;
  if (date < EARLIEST_DATE) return `Dates before ${EARLIEST_DATE} cannot be written.`;
  if (date > today) return 'Future days cannot be written yet.';
  return null;
}
