import { formatDate } from '../dateFormat';
import { isLocalDate, shiftDate, type LocalDate } from '../dates';
import type { DateRange } from './types';

/** What the user picked: a trailing window ending today, everything, or two dates of their own. */
export type RangeChoice =
  { kind: 'last'; days: 30 | 90 | 365 } | { kind: 'all' } | { kind: 'custom'; from: LocalDate; to: LocalDate };

export const RANGE_PRESETS: readonly { id: string; label: string; choice: RangeChoice }[] = [
  { id: 'last-30', label: 'Last 30 days', choice: { kind: 'last', days: 30 } },
  { id: 'last-90', label: 'Last 90 days', choice: { kind: 'last', days: 90 } },
  { id: 'last-365', label: 'Last 365 days', choice: { kind: 'last', days: 365 } },
  { id: 'all', label: 'All', choice: { kind: 'all' } },
];

/**
 * A year is the default: long enough to hold a trend and both trend windows,
 * recent enough to describe the person deciding now.
 */
export const DEFAULT_RANGE: RangeChoice = { kind: 'last', days: 365 };

/** The dates a choice covers as of `today`; a trailing window of N days includes today. */
export function resolveRange(choice: RangeChoice, today: LocalDate): DateRange {
  switch (choice.kind) {
    case 'last':
      return { from: shiftDate(today, 1 - choice.days), to: today };
    case 'all':
      return { from: null, to: today };
    case 'custom':
      return { from: choice.from, to: choice.to };
  }
}

/** Why two typed dates cannot be a range, or null when they can. */
export function customRangeProblem(from: string, to: string, today: LocalDate): string | null {
  if (!isLocalDate(from)) return 'Choose a start date.';
  if (!isLocalDate(to)) return 'Choose an end date.';
  if (from > to) return 'The start date comes after the end date.';
  if (from > today) return 'The range starts in the future.';
  return null;
}

const longDate = (date: LocalDate) => formatDate(date, 'date');

/** '12 Aug 2026 – 20 Nov 2026', or 'up to 20 Nov 2026' when the range is open at the start. */
export function describeRange(range: DateRange): string {
  return range.from === null
    ? `everything up to ${longDate(range.to)}`
    : `${longDate(range.from)} – ${longDate(range.to)}`;
}

/** A stable key for caching per range. */
export const rangeKey = (range: DateRange): string => `${range.from ?? '*'}..${range.to}`;
