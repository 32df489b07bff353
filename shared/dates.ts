// Local calendar days, free of zod; dateSchemas.ts holds the schema that validates one.
import { addDays, lightFormat } from 'date-fns';

/** A calendar day in the user's local time zone, written 'YYYY-MM-DD'. */
export type LocalDate = string;

/** The value of a run of ASCII digits in `text`, or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The year, month (1-12) and day of a 'YYYY-MM-DD' string when it names a real
 * day of the (proleptic Gregorian) calendar, else null. Every entry crossing a
 * boundary is checked, several times on import, so this reads the digits and
 * counts the month's days rather than parsing, or building a Date.
 */
function civilParts(value: string): [year: number, month: number, day: number] | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // There is no year 0 in the calendar dates are written in (1 BC is followed by AD 1).
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days ? [year, month, day] : null;
}

/** The earliest day a journal can hold; older dates are almost surely typos. */
export const EARLIEST_DATE: LocalDate = '1900-01-01';

/** True when `value` is a real calendar day in 'YYYY-MM-DD' form (so not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return civilParts(value) !== null;
}

/** The local calendar day of `now`. */
export function toLocalDate(now: Date): LocalDate {
  // lightFormat reads only numeric tokens, so no locale or formatter tables ship with every bundle that needs today.
  return lightFormat(now, 'yyyy-MM-dd');
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
