import type { LocalDate } from '../dates';
import { dateOfDay, weekStart } from './calendar';
import { estimateLean, LeanMoments, type LeanEstimate } from './lean';
import type { Thresholds } from './options';
import { clamp, tQuantile } from './stats';
import type { PeriodPoint, Trend, TrendWindow } from './types';

interface Window {
  figure: TrendWindow;
  estimate: LeanEstimate;
}

/**
 * Compares the lean of the last `trendWeeks` weeks up to `nowWeek` with the
 * lean of the same number of weeks before them (null `nowWeek`: nothing to
 * compare, as in an empty journal). The two windows share no days,
 * so the variance of the change is the sum of their variances; the band uses
 * the smaller window's degrees of freedom, the cautious choice.
 */
export function computeTrend(
  weeks: readonly PeriodPoint[],
  moments: readonly LeanMoments[],
  firstWeek: number,
  nowWeek: number | null,
  t: Thresholds,
): Trend {
  const window = (lastWeek: number): Window => {
    const sum = new LeanMoments();
    const dates: LocalDate[] = [];
    for (let week = lastWeek - t.trendWeeks + 1; week <= lastWeek; week += 1) {
      const weekMoments = moments[week - firstWeek];
      if (weekMoments) sum.add(weekMoments);
      for (const date of weeks[week - firstWeek]?.dates ?? []) dates.push(date);
    }
    const estimate = estimateLean(sum, t);
    const figure: TrendWindow = {
      from: nowWeek === null ? null : dateOfDay(weekStart(lastWeek - t.trendWeeks + 1)),
      to: nowWeek === null ? null : dateOfDay(weekStart(lastWeek) + 6),
      lean: estimate.lean,
      band: estimate.band,
      pathEntries: sum.days,
      dates,
    };
    return { figure, estimate };
  };
  const recent = window(nowWeek ?? firstWeek);
  const earlier = window((nowWeek ?? firstWeek) - t.trendWeeks);
  const change = recent.estimate.lean - earlier.estimate.lean;
  const base = { change, strength: Math.abs(change), recent: recent.figure, earlier: earlier.figure };
  if (Math.min(recent.figure.pathEntries, earlier.figure.pathEntries) < t.minTrendEntries) {
    return { ...base, direction: 'too-early', band: [-2, 2] };
  }
  const df = Math.min(recent.estimate.df, earlier.estimate.df);
  const half = tQuantile(0.5 + t.bandLevel / 2, df) * Math.hypot(recent.estimate.se, earlier.estimate.se);
  const low = clamp(change - half, -2, 2);
  const high = clamp(change + half, -2, 2);
  const direction = low > 0 ? 'toward-architecture' : high < 0 ? 'toward-management' : 'unclear';
  return { ...base, direction, band: [low, high] };
}
