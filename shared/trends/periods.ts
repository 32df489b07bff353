import type { PeriodPoint } from '../analysis';
import { formatDate } from '../dateFormat';
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
  return formatDate(point.from, granularity === 'week' ? 'dayMonth' : 'shortMonthYear');
}

/**
 * Chart rows from the analysis's series. A period gets a lean only when both
 * kinds of work were logged in it: otherwise there is nothing to compare, so
 * its lean is null (a gap in the line) rather than the analysis's 0. The
 * smoothed line likewise runs only while its trailing window holds both.
 */
export function periodRows(
  points: readonly PeriodPoint[],
  granularity: Granularity,
  window: number,
  keepDates = true,
): PeriodRow[] {
  let trailingPeople = 0;
  let trailingSystem = 0;
  return points.map((point, index) => {
    const leaving = points[index - window];
    trailingPeople += point.managementEntries - (leaving?.managementEntries ?? 0);
    trailingSystem += point.architectureEntries - (leaving?.architectureEntries ?? 0);
    const compared = point.managementEntries > 0 && point.architectureEntries > 0;
    return {
      key: point.key,
      label: axisLabel(point, granularity),
      from: point.from,
      to: point.to,
      lean: compared ? point.lean : null,
      band: compared ? point.band : null,
      smoothed: trailingPeople > 0 && trailingSystem > 0 ? point.smoothed : null,
      entries: point.entries,
      pathEntries: point.pathEntries,
      managementEntries: point.managementEntries,
      architectureEntries: point.architectureEntries,
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
  return row.key.includes('-W') ? `Week of ${formatDate(start, 'shortWeekdayDate')}` : formatDate(start, 'monthYear');
}
