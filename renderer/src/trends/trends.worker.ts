import { journalReader } from '../data/journalReader';
import { RowOpener } from '../data/sealedRows';
import { loadTrends } from './loadTrends';
import type { DateRange } from '../../../shared/trends/types';
import type { TrendsRequest, TrendsResponse } from './trendsProtocol';

/**
 * The trends worker: reads the journal from IndexedDB itself and runs the
 * analysis here, so a 10,000-day journal never holds up the page. Only the
 * small chart data crosses back. It only ever reads, and steps aside when
 * another window upgrades the journal (the reader closes on versionchange and
 * reopens on the next request).
 */

// The renderer's TypeScript lib is DOM, not WebWorker; this is the part of the worker scope used here.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<TrendsRequest>) => void): void;
  postMessage(message: TrendsResponse): void;
}
const scope = self as unknown as WorkerScope;

// Open as soon as the worker starts, while the page is still asking what changed.
journalReader.warm();

/** The locked journal's key, as the page handed it over; none while the journal has no lock. */
let opener: RowOpener | null = null;

async function answer(id: number, range: DateRange): Promise<TrendsResponse> {
  try {
    return { id, ok: true, data: await loadTrends(range, journalReader, opener) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', ({ data: request }) => {
  if (request.kind === 'key') opener = new RowOpener(request.key);
  else void answer(request.id, request.range).then((response) => scope.postMessage(response));
});
