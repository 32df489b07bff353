import { buildTrends, type DateRange, type TrendsData } from '../../../shared/trends';
import { journalReader } from '../data/journalReader';

/**
 * Reads one range of the journal and turns it into chart data. Runs inside
 * the trends worker normally, and on the main thread only where workers are
 * missing (tests) or failed to start. It reads with plain IndexedDB, not
 * Dexie, so the worker carries neither Dexie nor (through shared/) zod.
 */
export async function loadTrends(range: DateRange, reader = journalReader): Promise<TrendsData> {
  const { entries, customActivities } = await reader.read(range);
  return buildTrends(entries, customActivities, range);
}
