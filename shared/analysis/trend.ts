import type { LocalDate } from '../dates';
import { dateOfDay } from './calendar';
import { estimateLean, LeanMoments, type LeanEstimate } from './lean';
import type { Thresholds } from './options';
import { clamp, tQuantile } from './stats';
import type { Band, Trend, TrendDirection, TrendWindow } from './types';

/**
 * Each analysed day's path work (a, na, m, nm as in LeanMoments), by its
 * position in the date-ordered list of analysed days, in a typed array, so
 * the trend can sum any run of days without keeping the entries.
 */
export class DaySums {
  private sums = new Int32Array(64);
  private size = 0;

  push(a: number, na: number, m: number, nm: number): void {
    if (this.size * 4 === this.sums.length) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const at = this.size * 4;
    this.sums[at] = a;
    this.sums[at + 1] = na;
    this.sums[at + 2] = m;
    this.sums[at + 3] = nm;
    this.size += 1;
  }

  /** The moments of the days at positions `from` (inclusive) to `to` (exclusive). */
  moments(from: number, to: number): LeanMoments {
    const sum = new LeanMoments();
    for (let position = from; position < to; position += 1) {
      const at = position * 4;
      const na = this.sums[at + 1] ?? 0;
      const nm = this.sums[at + 3] ?? 0;
      if (na + nm > 0) sum.addDay(this.sums[at] ?? 0, na, this.sums[at + 2] ?? 0, nm);
    }
    return sum;
  }
}

/** The first position in date-sorted `dates` on or after `date` (binary search). */
function firstOnOrAfter(dates: readonly LocalDate[], date: LocalDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Window extends LeanSample {
  figure: TrendWindow;
}

/**
 * Compares the lean of the last `trendWeeks` weeks of the journal, ending
 * with the last day written (`lastDay`), with the lean of the same span just
 * before. Anchoring on the days written, not on today's calendar week, means
 * the answer does not change with the weekday the user looks on. Each window
 * needs `minTrendEntries` days of each kind of work, or there is no verdict:
 * a change in work that was never logged is not a change. The two windows
 * share no days (see leanChange).
 */
export function computeTrend(
  sums: DaySums,
  dates: readonly LocalDate[],
  firstDay: number,
  lastDay: number,
  t: Thresholds,
): Trend {
  const span = t.trendWeeks * 7;
  const known = !Number.isNaN(lastDay);
  const window = (endDay: number): Window => {
    const from = known ? dateOfDay(endDay - span + 1) : null;
    const to = known ? dateOfDay(endDay) : null;
    const start = from === null ? 0 : firstOnOrAfter(dates, from);
    const end = to === null ? 0 : firstOnOrAfter(dates, dateOfDay(endDay + 1));
    const moments = sums.moments(start, end);
    const estimate = estimateLean(moments, t);
    const figure: TrendWindow = {
      from,
      to,
      lean: estimate.lean,
      band: estimate.band,
      pathEntries: moments.days,
      managementEntries: moments.mgmtDays,
      architectureEntries: moments.archDays,
      dates: dates.slice(start, end),
    };
    return { figure, estimate, moments };
  };
  const recent = window(lastDay);
  const earlier = window(lastDay - span);
  const change = recent.estimate.lean - earlier.estimate.lean;
  const base = {
    change,
    strength: Math.abs(change),
    // Only a journal that reaches back over both windows can say that nothing changed across them.
    spansBoth: known && firstDay <= lastDay - 2 * span + 1,
    recent: recent.figure,
    earlier: earlier.figure,
  };
  return { ...base, ...leanChange(recent, earlier, t) };
}

/** Two sets of days, each with its moments and the lean estimated from them. */
export interface LeanSample {
  moments: LeanMoments;
  estimate: LeanEstimate;
}

/**
 * Whether the lean of `later` differs from the lean of `earlier` (two sets of
 * days that share none): the direction only when the band of the change
 * excludes zero, and 'too-early' when either set has fewer than
 * `minTrendEntries` days of either kind of work. The variance of the change is
 * the sum of the two variances; the band uses the smaller set's degrees of
 * freedom, the cautious choice. The trend and the experiments both use it.
 */
export function leanChange(
  later: LeanSample,
  earlier: LeanSample,
  t: Thresholds,
): { direction: TrendDirection; band: Band } {
  const change = later.estimate.lean - earlier.estimate.lean;
  const thinnest = Math.min(
    later.moments.mgmtDays,
    later.moments.archDays,
    earlier.moments.mgmtDays,
    earlier.moments.archDays,
  );
  if (thinnest < t.minTrendEntries) return { direction: 'too-early', band: [-2, 2] };
  const df = Math.min(later.estimate.df, earlier.estimate.df);
  const half = tQuantile(0.5 + t.bandLevel / 2, df) * Math.hypot(later.estimate.se, earlier.estimate.se);
  const low = clamp(change - half, -2, 2);
  const high = clamp(change + half, -2, 2);
  const direction = low > 0 ? 'toward-architecture' : high < 0 ? 'toward-management' : 'unclear';
  return { direction, band: [low, high] };
}
