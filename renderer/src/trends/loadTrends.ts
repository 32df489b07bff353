import { buildTrends, type DateRange, type TrendsData } from '../../../shared/trends';
import { journalReader } from '../data/journalReader';
import { openReadable, type RowOpener } from '../data/sealedRows';

/**
 * Reads one range of the journal and turns it into chart data. Runs inside
 * the trends worker normally, and on the main thread only where workers are
 * missing (tests) or failed to start. It reads with plain IndexedDB, not
 * Dexie, so the worker carries neither Dexie nor (through shared/) zod. A
 * locked journal's rows are opened with `opener`, the key the page handed
 * over; a day that does not decrypt is left out (the page names it).
 */
export async function loadTrends(
  range: DateRange,
  reader = journalReader,
  opener: RowOpener | null = null,
): Promise<TrendsData> {
  const slice = await reader.read(range);
  const [entries, customActivities] = await Promise.all([
    openReadable(slice.entries, opener && ((row) => opener.entry(row))),
    openReadable(slice.customActivities, opener && ((row) => opener.activity(row))),
  ]);
  return buildTrends(entries, customActivities, range);
}
