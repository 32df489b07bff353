import { format } from 'date-fns';
import type { PeriodPoint } from '../analysis';
import { fromLocalDate } from '../dates';
import { NO_DATES, packDates } from './packedDates';
import type { Granularity, PeriodRow } from './types';

/**
 * Past two years of weeks a weekly chart stops being readable (and costs
 * more to draw than it tells), so longer ranges are shown by month.
 */
export const MAX_WEEKLY_POINTS = 104;

export function granularityFor(weeks: number): Granularity {
  return weeks > MAX_WEEKLY_POINTS ? 'month' : 'week';
}

function axisLabel(point: PeriodPoint, granularity: Granularity): string {
  return format(fromLocalDate(point.from), granularity === 'week' ? 'd MMM' : 'MMM yyyy');
}

/**
 * Chart rows from the analysis's series. Periods without path work get a
 * null lean (a gap in the line) instead of the analysis's neutral 0 and full
 * band, and the smoothed line starts only once its window holds path work.
 */
export function periodRows(
  points: readonly PeriodPoint[],
  granularity: Granularity,
  window: number,
  keepDates = true,
): PeriodRow[] {
  let trailingPathEntries = 0;
  return points.map((point, index) => {
    trailingPathEntries += point.pathEntries - (points[index - window]?.pathEntries ?? 0);
    const hasPathWork = point.pathEntries > 0;
    return {
      key: point.key,
      label: axisLabel(point, granularity),
      from: point.from,
      to: point.to,
      lean: hasPathWork ? point.lean : null,
      band: hasPathWork ? point.band : null,
      smoothed: trailingPathEntries > 0 ? point.smoothed : null,
      entries: point.entries,
      pathEntries: point.pathEntries,
      good: point.good,
      mixed: point.mixed,
      bad: point.bad,
      unrated: point.entries - point.good - point.mixed - point.bad,
      dates: keepDates ? packDates(point.dates) : NO_DATES,
    };
  });
}

/** 'Week of Mon 3 Nov 2026' or 'November 2026', for tooltips and day lists. */
export function periodTitle(row: Pick<PeriodRow, 'key' | 'from'>): string {
  const start = fromLocalDate(row.from);
  return row.key.includes('-W') ? `Week of ${format(start, 'EEE d MMM yyyy')}` : format(start, 'MMMM yyyy');
}
