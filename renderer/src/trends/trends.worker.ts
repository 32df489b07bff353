import { db } from '../data/database';
import type { TrendsRequest, TrendsResponse } from './trendsProtocol';
import { loadTrends } from './trendsQueries';

/**
 * The trends worker: reads the journal from IndexedDB itself and runs the
 * analysis here, so a 10,000-day journal never holds up the page. Only the
 * small chart data crosses back. It only ever reads.
 */

// The renderer's TypeScript lib is DOM, not WebWorker; this is the part of the worker scope used here.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<TrendsRequest>) => void): void;
  postMessage(message: TrendsResponse): void;
}
const scope = self as unknown as WorkerScope;

// A newer Forkcast in another window may upgrade the schema; its upgrade waits for every connection,
// this one included, so step aside at once. The next request reopens (and the app asks for a reload).
db.on('versionchange', () => {
  db.close();
});

// Open as soon as the worker starts, while the page is still asking what changed.
db.open().catch(() => undefined);

async function answer({ id, range }: TrendsRequest): Promise<TrendsResponse> {
  try {
    if (!db.isOpen()) await db.open();
    return { id, ok: true, data: await loadTrends(range) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', (event) => {
  void answer(event.data).then((response) => scope.postMessage(response));
});
