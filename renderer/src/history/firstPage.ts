import type { Entry, LocalDate } from '../../../shared';

/** History's rows are read from storage this many at a time, as they scroll into view. */
export const PAGE_SIZE = 50;

/**
 * A list of days newest first, with the entries of its first page read
 * together with it (one read instead of two in a row), so the first rows can
 * show as soon as the list does. `first[i]` is the entry of `dates[i]`, or
 * undefined where that day is gone or does not decrypt.
 */
export interface DaysWithFirstPage {
  dates: LocalDate[];
  first: (Entry | undefined)[];
}
