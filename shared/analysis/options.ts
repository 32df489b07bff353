import type { CustomActivity } from '../activities';
import type { LocalDate } from '../dates';
import { dayNumber } from './calendar';

/** Every threshold the analysis uses; docs/analysis.md gives the reason for each default. */
export interface Thresholds {
  /** Entries (days with any signal) needed before a lean is called at all. */
  minEntries: number;
  /** Days with management work, and days with architecture work, needed before a side is called. */
  minSideEntries: number;
  /** Pseudo-activities of feel 0 added to each side, pulling thin evidence toward "no lean". */
  priorActivities: number;
  /** Smallest spread (in feel points) assumed per activity, so a perfectly uniform record is not over-trusted. */
  priorSpread: number;
  /** Coverage of every band, e.g. 0.95. */
  bandLevel: number;
  /** Weeks in the trailing window behind each week's smoothed lean. */
  smoothingWeeks: number;
  /** Months in the trailing window behind each month's smoothed lean. */
  smoothingMonths: number;
  /** Weeks in each of the two windows the trend compares. */
  trendWeeks: number;
  /** Days with path work needed in each trend window. */
  minTrendEntries: number;
  /** Rated days an activity needs before it can be a driver. */
  driverMinSupport: number;
  /** How much more often than usual a driver's days must be good (or bad). */
  driverMinLift: number;
  /** The false discovery rate of the drivers lists: the expected share of listed drivers that are chance. */
  driverFalseRate: number;
  /** Drivers listed per side. */
  maxDrivers: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = {
  minEntries: 10,
  minSideEntries: 5,
  priorActivities: 4,
  priorSpread: 1,
  bandLevel: 0.995,
  smoothingWeeks: 4,
  smoothingMonths: 3,
  trendWeeks: 6,
  minTrendEntries: 5,
  driverMinSupport: 5,
  driverMinLift: 1.25,
  driverFalseRate: 0.05,
  maxDrivers: 5,
};

export interface AnalysisOptions {
  /** First day to analyse, inclusive. */
  from?: LocalDate;
  /** Last day to analyse, inclusive. */
  to?: LocalDate;
  /** The reference "today": later entries are ignored and the trend ends here. Defaults to the last entry. */
  now?: LocalDate;
  /** The user's own activities, with the path each leans to. */
  customActivities?: readonly CustomActivity[];
  thresholds?: Partial<Thresholds>;
}

export interface ResolvedOptions {
  /** First and last day numbers analysed (infinite when open). */
  fromDay: number;
  toDay: number;
  /** Day number of "now", or NaN to use the last entry. */
  nowDay: number;
  customActivities: readonly CustomActivity[];
  thresholds: Thresholds;
}

const whole = (value: number | undefined, fallback: number, min: number) =>
  value !== undefined && Number.isFinite(value) ? Math.max(min, Math.round(value)) : fallback;
const real = (value: number | undefined, fallback: number, min: number, max: number) =>
  value !== undefined && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/** Fills in defaults and keeps every threshold in a range where the maths stays defined. */
export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
  const given = options.thresholds ?? {};
  const d = DEFAULT_THRESHOLDS;
  const thresholds: Thresholds = {
    minEntries: whole(given.minEntries, d.minEntries, 1),
    minSideEntries: whole(given.minSideEntries, d.minSideEntries, 1),
    priorActivities: real(given.priorActivities, d.priorActivities, 0.1, 1000),
    priorSpread: real(given.priorSpread, d.priorSpread, 0, 4),
    bandLevel: real(given.bandLevel, d.bandLevel, 0.5, 0.999),
    smoothingWeeks: whole(given.smoothingWeeks, d.smoothingWeeks, 1),
    smoothingMonths: whole(given.smoothingMonths, d.smoothingMonths, 1),
    trendWeeks: whole(given.trendWeeks, d.trendWeeks, 1),
    minTrendEntries: whole(given.minTrendEntries, d.minTrendEntries, 2),
    driverMinSupport: whole(given.driverMinSupport, d.driverMinSupport, 1),
    driverMinLift: real(given.driverMinLift, d.driverMinLift, 1, 100),
    driverFalseRate: real(given.driverFalseRate, d.driverFalseRate, 0.0001, 0.5),
    maxDrivers: whole(given.maxDrivers, d.maxDrivers, 0),
  };
  const day = (date: LocalDate | undefined, open: number) => {
    const value = date === undefined ? NaN : dayNumber(date);
    return Number.isNaN(value) ? open : value;
  };
  const nowDay = day(options.now, NaN);
  return {
    fromDay: day(options.from, -Infinity),
    toDay: Math.min(day(options.to, Infinity), Number.isNaN(nowDay) ? Infinity : nowDay),
    nowDay,
    customActivities: options.customActivities ?? [],
    thresholds,
  };
}
