import type { LocalDate } from '../dates';
import type { DayKind } from '../entry';
import type { ActivityLookup } from './activityLookup';
import { countKind } from './dayKinds';
import { DayList } from './dayList';
import type { Thresholds } from './options';
import { normalQuantile, wilsonBand } from './stats';
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

type Side = 'good' | 'bad';
const SIDES: readonly Side[] = ['good', 'bad'];
const LIFT = { good: 'goodLift', bad: 'badLift' } as const;
const BAND = { good: 'goodBand', bad: 'badBand' } as const;

type Candidate = Omit<Driver, 'dates' | 'goodBand' | 'badBand'> & { days: DayList };

const share = (hits: number, total: number) => (total > 0 ? hits / total : 0);

/**
 * How far `hits` of `trials` sit above the share `usual`, in standard errors
 * under that share (the score statistic); -Infinity when `usual` leaves no room.
 */
function scoreOf(hits: number, trials: number, usual: number): number {
  if (!(usual > 0 && usual < 1) || trials <= 0) return -Infinity;
  return (hits - trials * usual) / Math.sqrt(trials * usual * (1 - usual));
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

  /**
   * Activities with enough rated days whose good (or bad) share beats the
   * share over all rated days by the minimum lift, and by more than chance
   * explains. Thirty activities compared at once would give a few "findings"
   * from luck alone, so the comparisons are made together: the Benjamini-
   * Hochberg step-up rule at rate q = `driverFalseRate` keeps the expected share of
   * chance findings in the lists under q, and on a journal with no real drivers
   * the chance of listing any at all under q. Each listed driver carries the
   * Wilson band of its share at the level that rule used (a false-coverage
   * adjusted band), which by construction lies wholly above the usual share.
   */
  report(lookup: ActivityLookup, t: Thresholds, dates: readonly LocalDate[]): DriverReport {
    const base = this.baseline;
    const usual = { good: share(base.good, base.entries), bad: share(base.bad, base.entries) };
    const candidates: Candidate[] = [];
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
    // Every activity is tested on both sides; the score statistic is the one the Wilson band inverts.
    const tests = candidates.flatMap((driver) =>
      SIDES.map((side) => ({ driver, side, score: scoreOf(driver[side], driver.entries, usual[side]) })),
    );
    const q = t.driverFalseRate;
    const ranked = tests.map((test) => test.score).sort((x, y) => y - x);
    let found = 0;
    ranked.forEach((score, index) => {
      if (score > normalQuantile(1 - (q * (index + 1)) / tests.length)) found = index + 1;
    });
    const z = normalQuantile(1 - (q * Math.max(1, found)) / Math.max(1, tests.length));
    const banded = candidates.map((driver) => ({
      ...driver,
      goodBand: wilsonBand(driver.good, driver.entries, z),
      badBand: wilsonBand(driver.bad, driver.entries, z),
    }));
    const lifted = (side: Side) => banded.filter((driver) => driver[LIFT[side]] >= t.driverMinLift);
    const listed = (side: Side): Driver[] =>
      lifted(side)
        .filter((driver) => driver[BAND[side]][0] > usual[side])
        .sort((x, y) => y[LIFT[side]] - x[LIFT[side]] || y.entries - x.entries || (x.activity < y.activity ? -1 : 1))
        .slice(0, t.maxDrivers)
        .map(({ days, ...driver }) => ({ ...driver, dates: days.dates(dates) }));
    const good = listed('good');
    const bad = listed('bad');
    return {
      baseline: { ...base },
      compared: candidates.length,
      good,
      bad,
      withinChance: {
        good: lifted('good').filter((driver) => driver.goodBand[0] <= usual.good).length,
        bad: lifted('bad').filter((driver) => driver.badBand[0] <= usual.bad).length,
      },
    };
  }
}
