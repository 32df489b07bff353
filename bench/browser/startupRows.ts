import { median } from '../measure';
import { atSize, missingRow, REPORT_ONLY, timedRow, under, underBytes, valueRow, type Row } from '../rows';
import type { StartupTimes, TrendsRun } from './startup';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

const COLD = 'startup: navigation to Trends drawn';
const FROM_TODAY = 'Trends opened from Today: charts drawn';
const LONGEST = 'opening Trends: longest main-thread task';
const HEAP = 'JS heap after opening Trends (page + worker)';

/**
 * The rows of case 3 and the heap of case 7 at one size, each against the
 * same measurement on an empty journal taken in the same run.
 */
export function startupRows(times: StartupTimes, empty: StartupTimes): Row[] {
  const size = times.entries;
  const rows: Row[] = [
    timedRow(
      'startup: navigation to Today ready',
      size,
      atSize(size, { 10_000: under(500) }),
      times.today,
      empty.today,
    ),
    timedRow(
      'startup: navigation to History shown',
      size,
      atSize(size, { 10_000: under(300) }),
      times.history,
      empty.history,
      'count and first rows painted; rows are read page by page',
    ),
  ];
  const trends = times.trends;
  if (trends === null || empty.trends === null) {
    const why = times.trendsMissing ?? empty.trendsMissing ?? 'not available';
    rows.push(
      missingRow(COLD, size, atSize(size, { 10_000: under(1_000) }), why),
      missingRow(FROM_TODAY, size, REPORT_ONLY, why),
      missingRow(LONGEST, size, atSize(size, { 10_000: under(100) }), why),
      missingRow(HEAP, size, atSize(size, { 10_000: underBytes(150 * MB, '150 MB') }), why, 'bytes'),
    );
    return rows;
  }
  const of = (runs: readonly TrendsRun[], pick: (run: TrendsRun) => number) => runs.map(pick);
  const heap = median(of(trends, (run) => run.heap));
  rows.push(
    timedRow(
      COLD,
      size,
      atSize(size, { 10_000: under(1_000) }),
      of(trends, (run) => run.cold),
      of(empty.trends, (run) => run.cold),
    ),
    timedRow(
      FROM_TODAY,
      size,
      REPORT_ONLY,
      of(trends, (run) => run.fromToday),
      of(empty.trends, (run) => run.fromToday),
    ),
    timedRow(
      LONGEST,
      size,
      atSize(size, { 10_000: under(100) }),
      of(trends, (run) => run.longestTask),
      of(empty.trends, (run) => run.longestTask),
      'from the click until the charts settled, in a Chromium trace',
    ),
    valueRow(
      HEAP,
      size,
      atSize(size, { 10_000: underBytes(150 * MB, '150 MB') }),
      heap,
      `after a full GC; worker ${mb(median(of(trends, (run) => run.workerHeap)))}; empty journal ${mb(median(of(empty.trends, (run) => run.heap)))}`,
    ),
  );
  return rows;
}
