import type { LocalDate } from '../dates';
import type { DayKind } from '../entry';
import type { ActivityLookup } from './activityLookup';
import { countKind } from './dayKinds';
import { DayList } from './dayList';
import type { Thresholds } from './options';
import type { Driver, DriverReport } from './types';

interface ActivityTally {
  entries: number;
  good: number;
  mixed: number;
  bad: number;
  feelSum: number;
  /** Days the activity had a feel; unrated ones count toward the day kinds but not the mean feel. */
  rated: number;
  days: DayList;
}

/** Share of `hits` in `total` relative to a base share; 0 when either share is undefined. */
function lift(hits: number, total: number, baseHits: number, baseTotal: number): number {
  return total > 0 && baseHits > 0 ? hits / total / (baseHits / baseTotal) : 0;
}

/** Counts, per activity, how the rated days it appeared on went. */
export class DriverTally {
  readonly baseline = { entries: 0, good: 0, mixed: 0, bad: 0 };
  private readonly tallies: (ActivityTally | undefined)[] = [];

  addDay(kind: DayKind): void {
    this.baseline.entries += 1;
    countKind(this.baseline, kind);
  }

  /** `position` is the day's place in the date-ordered list of analysed days. */
  addActivity(slot: number, feel: number | null, kind: DayKind, position: number): void {
    let tally = this.tallies[slot];
    if (!tally) {
      tally = { entries: 0, good: 0, mixed: 0, bad: 0, feelSum: 0, rated: 0, days: new DayList() };
      this.tallies[slot] = tally;
    }
    tally.entries += 1;
    countKind(tally, kind);
    if (feel !== null) {
      tally.feelSum += feel;
      tally.rated += 1;
    }
    tally.days.push(position);
  }

  /** Activities with enough days whose good (or bad) share beats the base share by the minimum lift. */
  report(lookup: ActivityLookup, t: Thresholds, dates: readonly LocalDate[]): DriverReport {
    const base = this.baseline;
    const candidates: (Omit<Driver, 'dates'> & { days: DayList })[] = [];
    this.tallies.forEach((tally, slot) => {
      const activity = lookup.slots[slot];
      if (!tally || !activity || tally.entries < t.driverMinSupport) return;
      candidates.push({
        activity: activity.id,
        label: activity.label,
        lean: activity.lean,
        entries: tally.entries,
        good: tally.good,
        mixed: tally.mixed,
        bad: tally.bad,
        goodLift: lift(tally.good, tally.entries, base.good, base.entries),
        badLift: lift(tally.bad, tally.entries, base.bad, base.entries),
        meanFeel: tally.rated > 0 ? tally.feelSum / tally.rated : null,
        days: tally.days,
      });
    });
    const strongest = (key: 'goodLift' | 'badLift'): Driver[] =>
      candidates
        .filter((driver) => driver[key] >= t.driverMinLift)
        .sort((x, y) => y[key] - x[key] || y.entries - x.entries || (x.activity < y.activity ? -1 : 1))
        .slice(0, t.maxDrivers)
        .map(({ days, ...driver }) => ({ ...driver, dates: days.dates(dates) }));
    return { baseline: { ...base }, good: strongest('goodLift'), bad: strongest('badLift') };
  }
}
