import type { DateRange, TrendsData } from '../../../shared/trends';
import type { TrendsRequest, TrendsResponse } from './trendsProtocol';
import { loadTrends } from './loadTrends';

type Loader = (range: DateRange) => Promise<TrendsData>;

/** One worker for the session, shared by Trends and the brief; it keeps its database connection open. */
function startWorker(): Loader | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./trends.worker.ts', import.meta.url), { type: 'module', name: 'forkcast-trends' });
  } catch {
    return null;
  }
  const pending = new Map<number, { resolve: (data: TrendsData) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: Error | null = null;

  worker.addEventListener('message', (event: MessageEvent<TrendsResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.ok) waiting?.resolve(response.data);
    else waiting?.reject(new Error(response.message));
  });
  // Fires when the worker script cannot load or run at all; every later request goes to the fallback.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    broken = new Error(event.message || 'The trends worker did not start.');
    for (const waiting of pending.values()) waiting.reject(broken);
    pending.clear();
    worker.terminate();
  });

  return (range) =>
    broken
      ? Promise.reject(broken)
      : new Promise<TrendsData>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          worker.postMessage({ id, range } satisfies TrendsRequest);
        });
}

let worker: Loader | null | undefined;

/** Starts the worker (loading its code and opening the database) before the first request needs it. */
export function warmTrendsWorker(): void {
  worker ??= startWorker();
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
    return await worker(range);
  } catch (error) {
    console.warn('Trends are being computed on the main thread:', error);
    return loadTrends(range);
  }
}
