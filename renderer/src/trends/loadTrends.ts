import { DEFAULT_THRESHOLDS } from '../../../shared/analysis/options';
import { baselineDays } from '../../../shared/analysis/experiment';
import { shiftDate } from '../../../shared/dates';
import { buildTrends, inRangeExperiment, type DateRange, type TrendsData } from '../../../shared/trends';
import { journalReader } from '../data/journalReader';
import { openReadable, planOf, type RowOpener } from '../data/sealedRows';

/**
 * Reads one range of the journal and turns it into chart data, with the
 * comparison of each experiment that reaches into it. Runs inside the trends
 * worker normally, and on the main thread only where workers are missing
 * (tests) or failed to start. It reads with plain IndexedDB, not Dexie, so
 * the worker carries neither Dexie nor (through shared/) zod. A locked
 * journal's rows are opened with `opener`, the key the page handed over; a
 * day that does not decrypt is left out (the page names it), and so is a
 * plan that does not.
 */
export async function loadTrends(
  range: DateRange,
  reader = journalReader,
  opener: RowOpener | null = null,
): Promise<TrendsData> {
  const slice = await reader.read(range);
  const [entries, customActivities, plans] = await Promise.all([
    openReadable(slice.entries, opener && ((row) => opener.entry(row))),
    openReadable(slice.customActivities, opener && ((row) => opener.activity(row))),
    openReadable(slice.decision ? [slice.decision] : [], opener && ((row) => opener.decision(row))),
  ]);
  const experiments = plans[0] ? planOf(plans[0]).experiments : [];
  // An experiment is compared with the weeks just before it, which may begin before the range does.
  const earliest = experiments
    .filter((experiment) => inRangeExperiment(experiment, range))
    .map((experiment) => shiftDate(experiment.start, -baselineDays(experiment, DEFAULT_THRESHOLDS.trendWeeks)))
    .reduce<string | null>((min, date) => (min === null || date < min ? date : min), null);
  if (range.from !== null && earliest !== null && earliest < range.from) {
    const before = await reader.read({ from: earliest, to: shiftDate(range.from, -1) });
    entries.push(...(await openReadable(before.entries, opener && ((row) => opener.entry(row)))));
  }
  return buildTrends(entries, customActivities, range, experiments);
}
