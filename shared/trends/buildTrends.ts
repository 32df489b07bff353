import type { CustomActivity } from '../activities';
import {
  analyzePaths,
  outlookOf,
  paceOf,
  type AnswerShare,
  type Driver,
  type TimingRow,
  type WorstDayPath,
} from '../analysis';
import type { Entry, Stage } from '../entry';
import { activityFeels } from './activityFeel';
import { readExperiments, type NamedExperiment } from './experimentReading';
import { headlineOf } from './headline';
import { granularityFor, periodRows } from './periods';
import { pixelDays } from './pixels';
import { packDates } from './packedDates';
import { highlightQuotes } from './quotes';
import type { DateRange, DriverSummary, TimingBar, TrendsData, WorstDaySide, WorstHourShare } from './types';

/** The stages in the words the Today view uses when asking. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  framing: 'Framing the problem',
  shaping: 'Shaping the solution',
  executing: 'Executing a chosen plan',
};

const timingBar = (row: TimingRow): TimingBar => ({
  stage: row.stage,
  label: STAGE_LABELS[row.stage],
  days: row.entries,
  good: row.good,
  mixed: row.mixed,
  bad: row.bad,
  goodRate: row.goodRate,
  band: row.band,
  dates: packDates(row.dates),
});

const share = ({ dates, ...rest }: AnswerShare): WorstHourShare => ({ ...rest, dates: packDates(dates) });
const worstDaySide = (side: WorstDayPath): WorstDaySide => ({
  path: side.path,
  answered: side.answered,
  verdict: side.verdict,
  yes: share(side.yes),
  unsure: share(side.unsure),
  no: share(side.no),
});
// Dates nothing shows are not carried across threads.
const driverSummary = ({ dates: _dates, ...rest }: Driver): DriverSummary => rest;

const inRange = (range: DateRange) => (entry: Entry) =>
  entry.date <= range.to && (range.from === null || entry.date >= range.from);

/**
 * Everything the Trends view and the brief draw for one range, from the
 * entries (any order, any dates: those outside the range are ignored, but for
 * the weeks before an experiment, which it is compared with). Pure, so it
 * runs the same in the worker, on the main thread and in tests.
 */
export function buildTrends(
  allEntries: readonly Entry[],
  customActivities: readonly CustomActivity[],
  range: DateRange,
  experiments: readonly NamedExperiment[] = [],
): TrendsData {
  const entries = allEntries.filter(inRange(range));
  const report = analyzePaths(entries, {
    ...(range.from === null ? {} : { from: range.from }),
    to: range.to,
    // The trend ends where the range ends, so a past range reads as it did then.
    now: range.to,
    customActivities,
  });
  const granularity = granularityFor(report.weekly.length);
  const t = report.thresholds;
  const { quotes, count } = highlightQuotes(entries);
  return {
    range,
    entries: entries.length,
    analysed: report.evidence.entries,
    headline: headlineOf(report),
    lean: report.lean,
    band: report.band,
    granularity,
    periods:
      granularity === 'week'
        ? periodRows(report.weekly, 'week', t.smoothingWeeks)
        : periodRows(report.monthly, 'month', t.smoothingMonths),
    months: periodRows(report.monthly, 'month', t.smoothingMonths, false),
    activities: activityFeels(entries, customActivities, t),
    timing: report.timing.map(timingBar),
    days: pixelDays(entries),
    drivers: {
      good: report.drivers.good.map(driverSummary),
      bad: report.drivers.bad.map(driverSummary),
      minSupport: t.driverMinSupport,
      baseline: report.drivers.baseline,
      compared: report.drivers.compared,
      withinChance: report.drivers.withinChance,
    },
    worstDay: {
      badDays: report.worstDay.badDays,
      management: worstDaySide(report.worstDay.management),
      architecture: worstDaySide(report.worstDay.architecture),
    },
    highlights: quotes,
    highlightCount: count,
    outlook: outlookOf(
      report,
      paceOf(entries, range.to, report.range.from, { trendWeeks: t.trendWeeks, customActivities }),
    ),
    pathEntries: report.evidence.pathEntries,
    experiments: readExperiments(allEntries, experiments, customActivities, range),
  };
}
