import type { LocalDate } from '../dates';
import type { DayKind } from '../entry';
import { countKind } from './dayKinds';
import { dateOfDay, monthKey, monthStart, weekKey, weekStart } from './calendar';
import { estimateLean, leanOf, LeanMoments } from './lean';
import type { Thresholds } from './options';
import type { PeriodPoint } from './types';

/** Running totals of one week or month: its lean moments plus day counts. */
export class PeriodTally extends LeanMoments {
  entries = 0;
  good = 0;
  mixed = 0;
  bad = 0;

  /** `start` is where the period's days begin in the date-ordered list of analysed days. */
  constructor(
    readonly index: number,
    readonly start: number,
  ) {
    super();
  }

  addEntry(kind: DayKind | null): void {
    this.entries += 1;
    if (kind) countKind(this, kind);
  }
}

/** The tallies of consecutive periods as days arrive in date order; only periods with days get one. */
export class PeriodSeries {
  readonly tallies: PeriodTally[] = [];
  private current: PeriodTally | undefined;

  /** The tally for period `index`, starting a new one when the period changes. */
  at(index: number, position: number): PeriodTally {
    if (this.current?.index !== index) {
      this.current = new PeriodTally(index, position);
      this.tallies.push(this.current);
    }
    return this.current;
  }
}

export interface PeriodLabel {
  key: string;
  from: LocalDate;
  to: LocalDate;
}

export const weekLabel = (week: number): PeriodLabel => ({
  key: weekKey(week),
  from: dateOfDay(weekStart(week)),
  to: dateOfDay(weekStart(week) + 6),
});

export const monthLabel = (month: number): PeriodLabel => ({
  key: monthKey(month),
  from: dateOfDay(monthStart(month)),
  to: dateOfDay(monthStart(month + 1) - 1),
});

const NO_DAYS = new LeanMoments();

/**
 * One point per period from the first to the last tally, empty periods
 * included so the time axis is even. Each point's smoothed lean is the lean
 * of the trailing `window` periods taken together.
 */
export function buildSeries(
  series: PeriodSeries,
  dates: readonly LocalDate[],
  label: (index: number) => PeriodLabel,
  t: Thresholds,
  window: number,
): PeriodPoint[] {
  const points: PeriodPoint[] = [];
  const moments: LeanMoments[] = [];
  const trailing = new LeanMoments();
  const first = series.tallies[0]?.index ?? 0;
  const last = series.tallies.at(-1)?.index ?? -1;
  let next = 0;
  for (let index = first; index <= last; index += 1) {
    const tally = series.tallies[next]?.index === index ? series.tallies[next] : undefined;
    if (tally) next += 1;
    const periodMoments = tally ?? NO_DAYS;
    moments.push(periodMoments);
    trailing.add(periodMoments).remove(moments[moments.length - 1 - window] ?? NO_DAYS);
    const { lean, band } = estimateLean(periodMoments, t);
    const { key, from, to } = label(index);
    points.push({
      key,
      from,
      to,
      lean,
      band,
      smoothed: leanOf(trailing, t),
      entries: tally?.entries ?? 0,
      pathEntries: periodMoments.days,
      managementEntries: periodMoments.mgmtDays,
      architectureEntries: periodMoments.archDays,
      good: tally?.good ?? 0,
      mixed: tally?.mixed ?? 0,
      bad: tally?.bad ?? 0,
      dates: tally ? dates.slice(tally.start, tally.start + tally.entries) : [],
    });
  }
  return points;
}
