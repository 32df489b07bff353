import type { DateRange, TrendsData } from '../../../shared/trends';
import { currentOpener } from '../data/journalKey';
import { journalWorker } from '../workers/journalWorker';
import { loadTrends } from './loadTrends';

/**
 * One worker for the session, shared by Trends and the brief; it keeps its
 * database connection open. Any change of the lock ends it, with its key.
 */
const trendsWorker = journalWorker<DateRange, TrendsData>(
  () => new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module', name: 'forkcast-trends' }),
);

/** Starts the worker (loading its code and opening the database) before the first request needs it. */
export function warmTrendsWorker(): void {
  trendsWorker.calls();
}

/**
 * Chart data for a range: from the worker when there is one, otherwise (jsdom
 * in tests, or a worker that failed) computed right here, which is correct
 * but can block the page for a large journal.
 */
export async function fetchTrends(range: DateRange): Promise<TrendsData> {
  const calls = trendsWorker.calls();
  if (!calls) return loadTrends(range, undefined, currentOpener());
  try {
    return await calls.call(range);
  } catch (error) {
    // Ended because the lock changed: the answer belongs to a journal state that is gone.
    if (!trendsWorker.isCurrent(calls)) throw error;
    console.warn('Trends are being computed on the main thread:', error);
    return loadTrends(range, undefined, currentOpener());
  }
}
