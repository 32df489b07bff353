import type { DateRange, TrendsData } from '../../../shared/trends';
import { startWorkerCalls, type WorkerCalls } from '../workers/workerCalls';
import { loadTrends } from './loadTrends';

/** One worker for the session, shared by Trends and the brief; it keeps its database connection open. */
let worker: WorkerCalls<DateRange, TrendsData> | null | undefined;

/** Starts the worker (loading its code and opening the database) before the first request needs it. */
export function warmTrendsWorker(): void {
  worker ??= startWorkerCalls(
    () => new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module', name: 'forkcast-trends' }),
  );
}

/**
 * Chart data for a range: from the worker when there is one, otherwise (jsdom
 * in tests, or a worker that failed) computed right here, which is correct
 * but can block the page for a large journal.
 */
export async function fetchTrends(range: DateRange): Promise<TrendsData> {
  warmTrendsWorker();
  if (!worker) return loadTrends(range);
  try {
    return await worker.call(range);
  } catch (error) {
    console.warn('Trends are being computed on the main thread:', error);
    return loadTrends(range);
  }
}
