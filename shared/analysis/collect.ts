import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { ActivityLookup } from './activityLookup';
import { dayNumber, monthIndexOf, weekIndex } from './calendar';
import { DayList } from './dayList';
import { DriverTally } from './drivers';
import { HighlightTally } from './highlights';
import type { ResolvedOptions } from './options';
import { PeriodSeries } from './series';
import { TimingTally } from './timing';
import { DaySums } from './trend';
import { WorstDayTally } from './worstDay';

/** True when the entry carries anything the analysis reads; notes alone do not count. */
export function hasSignal(entry: Entry): boolean {
  return (
    entry.dayKind !== null ||
    entry.activities.length > 0 ||
    entry.energy !== null ||
    entry.timing !== null ||
    entry.highlight.kind !== null ||
    entry.worstDay.management !== null ||
    entry.worstDay.architecture !== null ||
    entry.motive !== null
  );
}

/**
 * Everything the report needs, gathered in one pass over the entries in date
 * order. Reading the entries dominates the cost on large journals (they are
 * scattered through memory), so each is read once, for a few additions and
 * array pushes, and per-activity work is one map lookup.
 */
export class JournalTally {
  readonly lookup: ActivityLookup;
  readonly weeks = new PeriodSeries();
  readonly months = new PeriodSeries();
  readonly drivers = new DriverTally();
  readonly timing = new TimingTally();
  readonly worstDay = new WorstDayTally();
  readonly highlights = new HighlightTally();
  /** Dates of every analysed day, oldest first; periods refer to runs of it. */
  readonly dates: LocalDate[] = [];
  /** The days with management or architecture work. */
  readonly pathDays = new DayList();
  /** Every analysed day's path work, for the trend's windows. */
  readonly daySums = new DaySums();
  /** Path activities logged without a feel, which the lean leaves out. */
  unratedManagement = 0;
  unratedArchitecture = 0;
  /** First and last analysed day numbers (NaN before any). */
  firstDay = NaN;
  lastDay = NaN;

  constructor(private readonly options: ResolvedOptions) {
    this.lookup = new ActivityLookup(options.customActivities);
  }

  /**
   * Adds one entry. Entries must come oldest first: an older entry than the
   * last one is refused (false), and the caller starts again in date order.
   */
  add(entry: Entry): boolean {
    if (!hasSignal(entry)) return true;
    const { date, dayKind: kind } = entry;
    const day = dayNumber(date);
    if (!(day >= this.options.fromDay && day <= this.options.toDay)) return true;
    if (day < this.lastDay) return false;
    if (Number.isNaN(this.firstDay)) this.firstDay = day;
    this.lastDay = day;
    const month = monthIndexOf(date);
    const position = this.dates.length;
    const week = this.weeks.at(weekIndex(day), position);
    const monthTally = this.months.at(month, position);
    this.dates.push(date);

    let a = 0;
    let na = 0;
    let m = 0;
    let nm = 0;
    for (const activity of entry.activities) {
      const slot = this.lookup.get(activity.id);
      if (kind) this.drivers.addActivity(slot.slot, activity.feel, kind, position);
      // Unrated is not neutral: an activity without a feel stays out of the lean, and is only counted.
      if (activity.feel === null) {
        if (slot.sign > 0) this.unratedArchitecture += 1;
        else if (slot.sign < 0) this.unratedManagement += 1;
        continue;
      }
      // | 0 keeps the sums small integers even if a feel arrives as -0, which would slow every sum after it.
      const feel = activity.feel | 0;
      if (slot.sign > 0) {
        a += feel;
        na += 1;
      } else if (slot.sign < 0) {
        m += feel;
        nm += 1;
      }
    }
    this.daySums.push(a, na, m, nm);
    if (na + nm > 0) {
      week.addDay(a, na, m, nm);
      monthTally.addDay(a, na, m, nm);
      this.pathDays.push(position);
    }
    week.addEntry(kind);
    monthTally.addEntry(kind);
    if (kind) {
      this.drivers.addDay(kind);
      if (entry.timing) this.timing.add(entry.timing, kind, position);
      if (kind === 'bad') this.worstDay.addBadDay(entry, position);
    }
    if (entry.highlight.kind) this.highlights.add(entry.highlight.kind, month, position);
    return true;
  }
}
