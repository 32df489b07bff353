import type { PathLean } from '../activities';
import type { Band, Driver, Outlook, PathStatus, WorstDayPath } from '../analysis';
import type { LocalDate } from '../dates';
import type { Stage } from '../entry';
import type { ExperimentReading } from './experimentReading';
import type { PackedDates } from './packedDates';
import type { PixelDays } from './pixels';

/** The days a Trends view or brief looks at, inclusive; `from` null means since the first entry. */
export interface DateRange {
  from: LocalDate | null;
  to: LocalDate;
}

/** How the time series is cut: weeks, or months once a range holds too many weeks to read. */
export type Granularity = 'week' | 'month';

/** One week or month on the time axis, with everything the lean and day-kind charts draw. */
export interface PeriodRow {
  /** 'YYYY-Www' or 'YYYY-MM'. */
  key: string;
  /** Short axis label: '3 Nov' for a week (its Monday), 'Nov 2026' for a month. */
  label: string;
  from: LocalDate;
  to: LocalDate;
  /** The period's own lean, or null unless it had both kinds of work (so the chart leaves a gap, not a fake zero). */
  lean: number | null;
  band: Band | null;
  /** The trailing smoothed lean, or null unless that window holds both kinds of work. */
  smoothed: number | null;
  entries: number;
  /** Days with any path work, with people work and with system-shaping work. */
  pathEntries: number;
  managementEntries: number;
  architectureEntries: number;
  good: number;
  mixed: number;
  bad: number;
  /** Days written without a day kind. */
  unrated: number;
  dates: PackedDates;
}

/** How one activity felt on average over the range, and on which days. */
/** An activity's feel as its range reads: clearly one way, possibly chance, or not enough to tell. */
export type FeelReading = 'energising' | 'draining' | 'could be chance' | 'too few days' | 'unrated';

export interface ActivityFeel {
  id: string;
  label: string;
  lean: PathLean;
  /** Mean feel from -2 (drained) to +2 (energised) over the days it was rated; null when it never was. */
  meanFeel: number | null;
  /** Plausible range of that mean, widened for reading every activity at once; null below two rated days. */
  band: Band | null;
  /** What the range allows saying of the activity. */
  reading: FeelReading;
  /** Days it was logged, rated or not. */
  days: number;
  /** Of those, days it was logged without a feel. */
  unrated: number;
  dates: PackedDates;
}

/** Good-day rate when the main conversation was joined at one stage. */
export interface TimingBar {
  stage: Stage;
  label: string;
  days: number;
  good: number;
  mixed: number;
  bad: number;
  goodRate: number | null;
  band: Band;
  dates: PackedDates;
}

/** A highlight in the user's own words. */
export interface HighlightQuote {
  date: LocalDate;
  /** The kind of moment they picked, in words, or null when they wrote text without one. */
  kind: string | null;
  text: string;
}

export type Confidence = 'none' | 'fair' | 'strong';

/** The lean in plain words: a short title, the analysis's own sentence, and what would settle it. */
export interface Headline {
  status: PathStatus;
  /** e.g. 'Leaning architecture · confident · no change detected over 12 weeks'. */
  title: string;
  confidence: Confidence;
  /** The one-line summary from the analysis, with its numbers. */
  sentence: string;
  /** For 'too-early' and 'unclear': what is missing and roughly how many more days would help. */
  explanation: string | null;
  /** What the trend compared, over which weeks, and what it found; null when there is nothing to say. */
  trend: string | null;
  /** When the latest entry is long before the range's end: the days the figures rest on. */
  basis: string | null;
  /** How many path activities are not rated yet, and so left out. */
  unrated: string | null;
}

/** One answer of the worst-hour test for one role, as the chart and the brief show it. */
export interface WorstHourShare {
  count: number;
  rate: number | null;
  band: Band;
  dates: PackedDates;
}

/** The worst-hour test for one role: yes, not sure and no, each with its band and days. */
export interface WorstDaySide extends Pick<WorstDayPath, 'path' | 'answered' | 'verdict'> {
  yes: WorstHourShare;
  unsure: WorstHourShare;
  no: WorstHourShare;
}

/** A driver as the brief lists it; its dates are not shown, so they are not carried. */
export type DriverSummary = Omit<Driver, 'dates'>;

/** Everything the Trends view and the brief show for one range: small, plain data, safe to post between threads. */
export interface TrendsData {
  range: DateRange;
  /** Written days in the range, and those the analysis could read. */
  entries: number;
  analysed: number;
  headline: Headline;
  lean: number;
  band: Band;
  granularity: Granularity;
  periods: PeriodRow[];
  /** Months, without their dates, for the brief's compact chart and table. */
  months: PeriodRow[];
  activities: ActivityFeel[];
  timing: TimingBar[];
  days: PixelDays;
  drivers: {
    good: DriverSummary[];
    bad: DriverSummary[];
    minSupport: number;
    /** All rated days: the usual shares the drivers are compared with. */
    baseline: { entries: number; good: number; mixed: number; bad: number };
    /** Activities with enough rated days to be compared. */
    compared: number;
    /** Activities that went with good (or bad) days more often than usual, but within chance. */
    withinChance: { good: number; bad: number };
  };
  worstDay: { badDays: number; management: WorstDaySide; architecture: WorstDaySide };
  highlights: HighlightQuote[];
  /** All highlights with text in the range; `highlights` quotes a few of them. */
  highlightCount: number;
  /** What a clear read still needs at the pace of the range's last weeks. */
  outlook: Outlook;
  /** Days with rated path work the lean is read from (the readiness estimate scales its band by them). */
  pathEntries: number;
  /** The experiments begun by the range's end that reach into it, compared as of that end. */
  experiments: ExperimentReading[];
}
