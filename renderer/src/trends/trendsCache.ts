import { rangeKey, type DateRange, type TrendsData } from '../../../shared/trends';
import { onKeyStateChange } from '../data/journalKey';
import { fetchTrends } from './trendsClient';

/** Ranges remembered per journal state: the presets plus a custom range or two. */
const CAPACITY = 6;
const cache = new Map<string, Promise<TrendsData>>();

// Chart data quotes what was written; when the lock changes, none of it may stay in memory.
onKeyStateChange(() => cache.clear());

/**
 * The trends of a range for one journal fingerprint, computed once: switching
 * back to a range, opening the brief after Trends, or React's double effects
 * in development all reuse the same answer. A new fingerprint makes new keys,
 * and the oldest keys fall out.
 */
export function cachedTrends(range: DateRange, fingerprint: string): Promise<TrendsData> {
  const key = `${fingerprint}#${rangeKey(range)}`;
  let entry = cache.get(key);
  if (entry) {
    // Map order is insertion order; re-inserting marks it as recently used.
    cache.delete(key);
  } else {
    entry = fetchTrends(range);
    entry.catch(() => cache.delete(key));
  }
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= CAPACITY) break;
    cache.delete(oldest);
  }
  return entry;
}
