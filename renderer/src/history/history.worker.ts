import { journalReader } from '../data/journalReader';
import { answerRequests } from '../workers/workerCalls';
import type { DaysWithFirstPage } from './firstPage';
import type { HistorySearchCall } from './historySearchClient';
import { createHistorySearch } from './historySearch';

/**
 * The History search worker: reads the whole journal from IndexedDB itself,
 * keeps a folded index of it until the journal changes, and answers each
 * query and filter with the matching dates and the first page of their
 * entries. The page never holds every entry; it reads the other rows it
 * shows, page by page. A locked journal's rows open with the key the page
 * sent; the page ends this worker, and the index with it, when the journal
 * locks.
 */
let search: ReturnType<typeof createHistorySearch> | undefined;
journalReader.warm();

answerRequests<HistorySearchCall, DaysWithFirstPage | null>(async (call, opener) => {
  // The key comes before any request and never changes in a worker's life.
  search ??= createHistorySearch(journalReader, opener);
  if (call.kind === 'warm') {
    search.warm(call.version);
    return null;
  }
  return search.search(call.query);
});
