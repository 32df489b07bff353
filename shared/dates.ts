// Local calendar days, free of zod; dateSchemas.ts holds the schema that validates one.
import { addDays, format, isValid, parseISO } from 'date-fns';

/** A calendar day in the user's local time zone, written 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The earliest day a journal can hold; older dates are almost surely typos. */
export const EARLIEST_DATE: LocalDate = '1900-01-01';

/** True when `value` is a real calendar day in 'YYYY-MM-DD' form (so not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE_SHAPE.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** The local calendar day of `now`. */
export function toLocalDate(now: Date): LocalDate {
  return format(now, 'yyyy-MM-dd');
}

/** Parses a validated local date at local midnight. */
export function fromLocalDate(date: LocalDate): Date {
  return parseISO(date);
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
