// The History view's filters, as data and as a test of one entry. Free of zod
// and of the DOM, so the History search worker and the page share them.
import { findActivity, type CustomActivity } from './activities';
import type { LocalDate } from './dates';
import type { DayKind, Entry, Path } from './entry';
import { buildSearchIndex, parseQuery, type SearchIndex } from './search';

export interface HistoryFilters {
  /** One day kind, 'none' for days written without one, or null for any. */
  dayKind: DayKind | 'none' | null;
  /** An activity id the day must hold, or null for any. */
  activity: string | null;
  /** Days with some work that leans to this path, or null for any. */
  path: Path | null;
  /** First and last day, both included; null leaves that end open. */
  from: LocalDate | null;
  to: LocalDate | null;
}

export const NO_FILTERS: HistoryFilters = { dayKind: null, activity: null, path: null, from: null, to: null };

export function hasFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** Whether `entry` passes every filter that is set; `custom` gives the user's own activities their path. */
export function matchesFilters(
  entry: Pick<Entry, 'date' | 'dayKind' | 'activities'>,
  filters: HistoryFilters,
  custom: readonly CustomActivity[] = [],
): boolean {
  const { dayKind, activity, path, from, to } = filters;
  if (from !== null && entry.date < from) return false;
  if (to !== null && entry.date > to) return false;
  if (dayKind !== null && (entry.dayKind ?? 'none') !== dayKind) return false;
  if (activity !== null && !entry.activities.some(({ id }) => id === activity)) return false;
  if (path !== null && !entry.activities.some(({ id }) => findActivity(id, custom)?.lean === path)) return false;
  return true;
}

/** The journal folded for search, with what the filters need. Built once per journal change. */
export interface HistoryIndex {
  search: SearchIndex;
  custom: readonly CustomActivity[];
}

/** Indexes `entries` (newest first, as History lists them) for searchHistory. */
export function indexHistory(entries: readonly Entry[], custom: readonly CustomActivity[]): HistoryIndex {
  return { search: buildSearchIndex(entries, custom), custom };
}

/** The dates of the days holding every word of `query` and passing every filter, in index order. */
export function searchHistory(index: HistoryIndex, query: string, filters: HistoryFilters): LocalDate[] {
  const words = parseQuery(query);
  const filtered = hasFilters(filters);
  const { entries, folded } = index.search;
  const dates: LocalDate[] = [];
  entries.forEach((entry, i) => {
    if (filtered && !matchesFilters(entry, filters, index.custom)) return;
    const text = folded[i] ?? '';
    if (words.every((word) => text.includes(word))) dates.push(entry.date);
  });
  return dates;
}
