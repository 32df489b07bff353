import type { DateRange, TrendsData } from '../../../shared/trends';
import { currentOpener, keyState, onKeyStateChange } from '../data/journalKey';
import type { TrendsRequest, TrendsResponse } from './trendsProtocol';
import { loadTrends } from './loadTrends';

interface TrendsWorker {
  load: (range: DateRange) => Promise<TrendsData>;
  /** Ends the worker, and with it the key and everything it decrypted. */
  stop: () => void;
}

/** One worker for the session, shared by Trends and the brief; it keeps its database connection open. */
function startWorker(): TrendsWorker | null {
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
  const post = (request: TrendsRequest) => worker.postMessage(request);
  const fail = (error: Error) => {
    broken = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker.terminate();
  };

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
    fail(new Error(event.message || 'The trends worker did not start.'));
  });

  // A locked journal's key goes first; messages arrive in order, so every request after it can open rows.
  const state = keyState();
  if (state.status === 'unlocked') post({ kind: 'key', key: state.key });

  return {
    load: (range) =>
      broken
        ? Promise.reject(broken)
        : new Promise<TrendsData>((resolve, reject) => {
            const id = nextId++;
            pending.set(id, { resolve, reject });
            post({ kind: 'trends', id, range });
          }),
    stop: () => fail(new Error('The journal was locked.')),
  };
}

let worker: TrendsWorker | null | undefined;

// Any change of the lock ends the worker; the next request starts one with the key of that moment.
onKeyStateChange(() => {
  worker?.stop();
  worker = undefined;
});

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
  const current = worker;
  if (!current) return loadTrends(range, undefined, currentOpener());
  try {
    return await current.load(range);
  } catch (error) {
    if (current !== worker) throw error;
    console.warn('Trends are being computed on the main thread:', error);
    return loadTrends(range, undefined, currentOpener());
  }
}
