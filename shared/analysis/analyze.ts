import type { Entry } from '../entry';
import { dateOfDay, dayNumber } from './calendar';
import { JournalTally } from './collect';
import { estimateLean, leanStatus, LeanMoments } from './lean';
import { resolveOptions, type AnalysisOptions } from './options';
import { byDate } from './order';
import { buildSeries, monthLabel, weekLabel } from './series';
import { normalQuantile } from './stats';
import { computeTrend } from './trend';
import type { PathReport, SideEvidence } from './types';

const side = (entries: number, activities: number, feelSum: number, unrated: number): SideEvidence => ({
  entries,
  activities,
  meanFeel: activities > 0 ? feelSum / activities : null,
  unrated,
});

/**
 * Turns journal entries into path trends: the overall lean with its band and
 * verdict, weekly and monthly series, the trend, drivers, worst-hour answers,
 * timing and highlights, each with the dates behind it. Pure and
 * deterministic; docs/analysis.md explains the method and every threshold.
 */
export function analyzePaths(entries: readonly Entry[], options?: AnalysisOptions): PathReport {
  const resolved = resolveOptions(options);
  const t = resolved.thresholds;
  // Journals usually arrive in date order, so try that first and sort only when an entry is out of place.
  let tally = new JournalTally(resolved);
  if (!entries.every((entry) => tally.add(entry))) {
    tally = new JournalTally(resolved);
    for (const entry of byDate(entries)) tally.add(entry);
  }

  const { weeks, months, dates } = tally;
  const total = new LeanMoments();
  for (const week of weeks.tallies) total.add(week);
  const overall = estimateLean(total, t);
  const weekly = buildSeries(weeks, dates, weekLabel, t, t.smoothingWeeks);
  const monthly = buildSeries(months, dates, monthLabel, t, t.smoothingMonths);
  const lastDate = dates.at(-1) ?? null;
  const nowDay = Number.isNaN(resolved.nowDay) ? dayNumber(lastDate ?? '') : resolved.nowDay;
  const z = normalQuantile(0.5 + t.bandLevel / 2);

  return {
    status: leanStatus(dates.length, total, overall.band, t),
    lean: overall.lean,
    band: overall.band,
    evidence: {
      entries: dates.length,
      pathEntries: total.days,
      management: side(total.mgmtDays, total.nm, total.m, tally.unratedManagement),
      architecture: side(total.archDays, total.na, total.a, tally.unratedArchitecture),
      dates: tally.pathDays.dates(dates),
    },
    range: { from: dates[0] ?? null, to: lastDate, now: Number.isNaN(nowDay) ? null : dateOfDay(nowDay) },
    weekly,
    monthly,
    trend: computeTrend(tally.daySums, dates, tally.firstDay, tally.lastDay, t),
    drivers: tally.drivers.report(tally.lookup, t, dates),
    worstDay: tally.worstDay.report(z, dates),
    timing: tally.timing.report(z, dates),
    highlights: tally.highlights.report(months.tallies[0]?.index ?? 0, months.tallies.at(-1)?.index ?? -1, dates),
    thresholds: t,
  };
}
