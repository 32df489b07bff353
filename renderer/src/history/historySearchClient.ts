import type { LocalDate } from '../../../shared';
import { journalReader } from '../data/journalReader';
import { startWorkerCalls, type WorkerCalls } from '../workers/workerCalls';
import { createHistorySearch, type HistoryQuery } from './historySearch';

/** What the page asks the History search worker: to build its index ahead of time, or to search. */
export type HistorySearchCall = { kind: 'warm'; version: string } | { kind: 'search'; query: HistoryQuery };

let worker: WorkerCalls<HistorySearchCall, LocalDate[] | null> | null | undefined;
let local: ReturnType<typeof createHistorySearch> | undefined;

const start = () =>
  (worker ??= startWorkerCalls(
    () => new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'forkcast-history' }),
  ));

/** The same search on this thread, where workers are missing (component tests) or failed. */
const onThisThread = () => (local ??= createHistorySearch(journalReader));

/** Starts the worker and its index of the journal at `version`, so the first search is quick. */
export function warmHistorySearch(version: string): void {
  const calls = start();
  if (calls) void calls.call({ kind: 'warm', version }).catch(() => undefined);
}

/** The dates of the days matching a query and filters, newest first; the work runs in a worker. */
export async function searchHistoryDays(query: HistoryQuery): Promise<LocalDate[]> {
  const calls = start();
  if (calls) {
    try {
      return (await calls.call({ kind: 'search', query })) ?? [];
    } catch (error) {
      console.warn('History is searching on the main thread:', error);
    }
  }
  return onThisThread().search(query);
}
