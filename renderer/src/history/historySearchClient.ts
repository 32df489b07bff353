import { currentOpener, onKeyStateChange } from '../data/journalKey';
import { journalReader } from '../data/journalReader';
import { journalWorker } from '../workers/journalWorker';
import type { DaysWithFirstPage } from './firstPage';
import { createHistorySearch, type HistoryQuery } from './historySearch';

/** What the page asks the History search worker: to build its index ahead of time, or to search. */
export type HistorySearchCall = { kind: 'warm'; version: string } | { kind: 'search'; query: HistoryQuery };

/** The search worker; any change of the lock ends it, with its key and its index of decrypted text. */
const searchWorker = journalWorker<HistorySearchCall, DaysWithFirstPage | null>(
  () => new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'forkcast-history' }),
);

let local: ReturnType<typeof createHistorySearch> | undefined;
// The same holds on this thread: the index is decrypted text, so a change of the lock drops it.
onKeyStateChange(() => {
  local = undefined;
});

/** The same search on this thread, where workers are missing (component tests) or failed. */
const onThisThread = () => (local ??= createHistorySearch(journalReader, currentOpener()));

/** Starts the worker and its index of the journal at `version`, so the first search is quick. */
export function warmHistorySearch(version: string): void {
  const calls = searchWorker.calls();
  if (calls) void calls.call({ kind: 'warm', version }).catch(() => undefined);
}

/** The days matching a query and filters, newest first, with their first page; the work runs in a worker. */
export async function searchHistoryDays(query: HistoryQuery): Promise<DaysWithFirstPage> {
  const calls = searchWorker.calls();
  if (calls) {
    try {
      return (await calls.call({ kind: 'search', query })) ?? { dates: [], first: [] };
    } catch (error) {
      // Ended because the lock changed: the answer belongs to a journal state that is gone.
      if (!searchWorker.isCurrent(calls)) throw error;
      console.warn('History is searching on the main thread:', error);
    }
  }
  return onThisThread().search(query);
}
