import type { LocalDate } from '../dates';

declare const packed: unique symbol;

/**
 * A list of dates packed into one string, ten characters per date, in the
 * order given. A 10,000-day journal's chart data holds tens of thousands of
 * dates; as one string per list they cross from the worker to the page as a
 * few copies instead of that many separate strings, and the page unpacks
 * only the handful a tooltip or a page of the day list shows.
 */
export type PackedDates = string & { readonly [packed]: true };

const WIDTH = 10;

export function packDates(dates: readonly LocalDate[]): PackedDates {
  return dates.join('') as PackedDates;
}

export const NO_DATES = packDates([]);

export function countDates(dates: PackedDates): number {
  return dates.length / WIDTH;
}

/** The date at `index`, or undefined past the end. */
export function dateAt(dates: PackedDates, index: number): LocalDate | undefined {
  return index >= 0 && index < countDates(dates) ? dates.slice(index * WIDTH, index * WIDTH + WIDTH) : undefined;
}

/** Dates `from` (inclusive) to `to` (exclusive), all of them by default. */
export function unpackDates(dates: PackedDates, from = 0, to = countDates(dates)): LocalDate[] {
  const out: LocalDate[] = [];
  for (let index = Math.max(0, from); index < Math.min(to, countDates(dates)); index += 1) {
    out.push(dates.slice(index * WIDTH, index * WIDTH + WIDTH));
  }
  return out;
}

/** Where `date` is, or would go, in date-sorted packed dates (binary search). */
export function searchDates(dates: PackedDates, date: LocalDate): number {
  let low = 0;
  let high = countDates(dates);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dateAt(dates, middle) ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low;
}
