import type { PathLean } from '../activities';
import type { LocalDate } from '../dates';
import type { Path, Stage, WorstDayAnswer } from '../entry';
import type { HighlightKindId } from '../highlights';
import type { Thresholds } from './options';

/** The overall verdict: not enough entries, no clear lean, or a path. */
export type PathStatus = 'too-early' | 'unclear' | 'management' | 'architecture';

/** An uncertainty band [low, high] around a figure. */
export type Band = readonly [low: number, high: number];

/** A lean in [-1, 1]: negative means management work feels better, positive architecture work. */
export interface LeanFigure {
  lean: number;
  band: Band;
}

/** How one path's activities felt over the analysed days. */
export interface SideEvidence {
  /** Days with at least one of this path's activities. */
  entries: number;
  /** Activities of this path logged, over all days. */
  activities: number;
  /** Their average feel (-2 drained ... +2 energised), or null when none were logged. */
  meanFeel: number | null;
  /** Activities of this path logged without a feel: left out of the lean and of the counts above. */
  unrated: number;
}

export interface LeanEvidence {
  /** Days analysed: in range and carrying any signal (day kind, activity, timing, highlight, answer). */
  entries: number;
  /** Days that carried at least one management or architecture activity. */
  pathEntries: number;
  management: SideEvidence;
  architecture: SideEvidence;
  /** Dates of the days behind the lean (those with path activities). */
  dates: LocalDate[];
}

/** One week or month of the series. Empty periods are included, with a full-width band. */
export interface PeriodPoint extends LeanFigure {
  /** 'YYYY-Www' (ISO week) or 'YYYY-MM'. */
  key: string;
  /** The lean of the trailing `smoothingWeeks` weeks (or `smoothingMonths` months) ending with this one. */
  smoothed: number;
  from: LocalDate;
  to: LocalDate;
  entries: number;
  /** Days with any path work, with management work, and with architecture work. */
  pathEntries: number;
  managementEntries: number;
  architectureEntries: number;
  good: number;
  mixed: number;
  bad: number;
  dates: LocalDate[];
}

export type TrendDirection = 'too-early' | 'unclear' | 'toward-management' | 'toward-architecture';

/** One of the two windows the trend compares. */
export interface TrendWindow extends LeanFigure {
  /** First and last calendar day of the window; null in an empty journal. */
  from: LocalDate | null;
  to: LocalDate | null;
  /** Days in the window with any path work, with management work, and with architecture work. */
  pathEntries: number;
  managementEntries: number;
  architectureEntries: number;
  /** Every analysed day in the window. */
  dates: LocalDate[];
}

/**
 * Whether the lean of the latest weeks written differs from the weeks before
 * them. 'too-early' when either window has too few days of either kind of work.
 */
export interface Trend {
  direction: TrendDirection;
  /**
   * True when the journal reaches back over both windows. Only then can an
   * 'unclear' trend be read as "no change across these weeks"; a shorter
   * journal says nothing about steadiness.
   */
  spansBoth: boolean;
  /** Recent lean minus earlier lean, in [-2, 2]. */
  change: number;
  /** Size of the change, |change|. */
  strength: number;
  /** Uncertainty band of `change`. */
  band: Band;
  recent: TrendWindow;
  earlier: TrendWindow;
}

/** An activity and how the days it appeared on went. */
export interface Driver {
  activity: string;
  label: string;
  lean: PathLean;
  /** Rated days (with a day kind) the activity appeared on. */
  entries: number;
  good: number;
  mixed: number;
  bad: number;
  /** Share of its days that were good (or bad), divided by the share over all rated days. */
  goodLift: number;
  badLift: number;
  /**
   * Plausible ranges of the share of its days that were good, and bad, widened
   * for the number of activities compared; a driver is listed only when its
   * range lies wholly above the share over all rated days.
   */
  goodBand: Band;
  badBand: Band;
  /** Average feel over the days it was rated, or null when it never was. */
  meanFeel: number | null;
  dates: LocalDate[];
}

export interface DriverReport {
  /** All rated days: the base rates the lifts compare against. */
  baseline: { entries: number; good: number; mixed: number; bad: number };
  /** Activities with enough rated days (`driverMinSupport`) to be compared. */
  compared: number;
  /** Activities whose days were good more often than chance explains, strongest first. */
  good: Driver[];
  /** Activities whose days were bad more often than chance explains, strongest first. */
  bad: Driver[];
  /** Activities past the minimum lift whose band still includes the usual share: within chance, so not listed. */
  withinChance: { good: number; bad: number };
}

/** How often one answer was given, out of a role's answers, with its plausible range and days. */
export interface AnswerShare {
  count: number;
  /** Share of the role's answers, or null with no answers. */
  rate: number | null;
  band: Band;
  dates: LocalDate[];
}

/** Answers to the worst-hour test for one path's role, on bad days: yes, not sure and no, each with its band. */
export interface WorstDayPath {
  path: Path;
  answered: number;
  yes: AnswerShare;
  unsure: AnswerShare;
  no: AnswerShare;
  /** The answer given on most bad days beyond doubt (its whole band above one half), or null. */
  verdict: WorstDayAnswer | null;
  /** Days with an answer for this role. */
  dates: LocalDate[];
}

export interface WorstDayReport {
  badDays: number;
  dates: LocalDate[];
  management: WorstDayPath;
  architecture: WorstDayPath;
}

/** How often days were good when the main conversation was joined at one stage. */
export interface TimingRow {
  stage: Stage;
  entries: number;
  good: number;
  mixed: number;
  bad: number;
  goodRate: number | null;
  band: Band;
  dates: LocalDate[];
}

export interface HighlightCount {
  kind: HighlightKindId;
  label: string;
  lean: PathLean;
  count: number;
  dates: LocalDate[];
}

export interface HighlightMonth {
  /** 'YYYY-MM', aligned with the monthly series. */
  key: string;
  total: number;
  counts: Partial<Record<HighlightKindId, number>>;
}

export interface HighlightReport {
  /** Every kind, in catalog order, with the days it was chosen. */
  kinds: HighlightCount[];
  monthly: HighlightMonth[];
}

/** Everything the analysis says about the analysed days, each figure with the dates behind it. */
export interface PathReport extends LeanFigure {
  status: PathStatus;
  evidence: LeanEvidence;
  /** First and last analysed day, and the "now" the trend ends at (null with no entries). */
  range: { from: LocalDate | null; to: LocalDate | null; now: LocalDate | null };
  weekly: PeriodPoint[];
  monthly: PeriodPoint[];
  trend: Trend;
  drivers: DriverReport;
  worstDay: WorstDayReport;
  timing: TimingRow[];
  highlights: HighlightReport;
  thresholds: Thresholds;
}
