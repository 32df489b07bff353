import type { DateRange, TrendsData } from '../../../shared/trends';
import { journalReader } from '../data/journalReader';
import { answerRequests } from '../workers/workerCalls';
import { loadTrends } from './loadTrends';

/**
 * The trends worker: reads the journal from IndexedDB itself and runs the
 * analysis here, so a 10,000-day journal never holds up the page. Only the
 * small chart data crosses back. It only ever reads, and steps aside when
 * another window upgrades the journal (the reader closes on versionchange and
 * reopens on the next request). A locked journal's rows open with the key the
 * page sent; the page ends this worker when the journal locks.
 */

// Open as soon as the worker starts, while the page is still asking what changed.
journalReader.warm();

answerRequests<DateRange, TrendsData>((range, opener) => loadTrends(range, journalReader, opener));
