import type { Entry } from '../entry';
import { dayNumber } from './calendar';

/**
 * The entries oldest first, sorted once on one float per entry (day offset *
 * n + position) with the native numeric sort, much faster than comparing
 * objects. Entries whose date is not a real day are dropped, as the analysis
 * would drop them anyway.
 */
export function byDate(entries: readonly Entry[]): Entry[] {
  const n = entries.length;
  const days = new Float64Array(n);
  let minDay = Infinity;
  entries.forEach((entry, i) => {
    const day = dayNumber(entry.date);
    days[i] = day;
    if (day < minDay) minDay = day;
  });
  const keys: number[] = [];
  days.forEach((day, i) => {
    if (!Number.isNaN(day)) keys.push((day - minDay) * n + i);
  });
  const sorted: Entry[] = [];
  for (const key of Float64Array.from(keys).sort()) {
    const entry = entries[key % n];
    if (entry) sorted.push(entry);
  }
  return sorted;
}
