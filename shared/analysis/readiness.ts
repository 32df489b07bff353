import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { ActivityLookup } from './activityLookup';
import { dateOfDay, dayNumber } from './calendar';
import type { CustomActivity } from '../activities';
import type { Band, PathReport } from './types';
import { tallySpan } from './window';

/** Leans closer to even than this are treated as "no lean at all" when estimating what would settle them. */
export const NEAR_EVEN = 0.03;
/** Past this many times the days written so far, an estimate of "days still needed" means little. */
export const MAX_GROWTH = 4;
/** The pace is never read from fewer calendar days than this, so a journal begun yesterday is not "daily". */
const MIN_PACE_DAYS = 7;

/**
 * More days with path work after which the band would no longer include
 * zero, if the lean held where it is: bands shrink roughly with the square
 * root of the days behind them, so that is about n·(half-width / |lean|)²
 * days in all. 0 when the band already excludes zero; null when the lean is
 * too close to even, or the days needed are past `MAX_GROWTH` times those
 * written, for the estimate to mean anything.
 */
export function moreDaysForClearRead(lean: number, band: Band, pathDays: number): number | null {
  const [low, high] = band;
  if (low > 0 || high < 0) return 0;
  if (Math.abs(lean) < NEAR_EVEN || pathDays < 2) return null;
  const halfWidth = (high - low) / 2;
  const needed = Math.ceil(pathDays * (halfWidth / Math.abs(lean)) ** 2) - pathDays;
  return needed > pathDays * MAX_GROWTH ? null : Math.max(1, needed);
}

/** How much the user has been writing lately: counts over the last `days` calendar days up to today. */
export interface Pace {
  from: LocalDate;
  to: LocalDate;
  /** Calendar days the counts are spread over. */
  days: number;
  entries: number;
  /** Days with rated path work, and with rated people and system work, as the lean counts them. */
  pathEntries: number;
  managementEntries: number;
  architectureEntries: number;
}

/**
 * The pace over the trend's span (`trendWeeks` weeks) up to `today`, or since
 * the first entry when the journal is younger, but never over fewer than a
 * week. Days with a signal, as the report counts them.
 */
export function paceOf(
  entries: readonly Entry[],
  today: LocalDate,
  firstEntry: LocalDate | null,
  options: { trendWeeks: number; customActivities: readonly CustomActivity[] },
): Pace {
  const end = dayNumber(today);
  const since = firstEntry === null ? end : dayNumber(firstEntry);
  const days = Math.max(MIN_PACE_DAYS, Math.min(options.trendWeeks * 7, end - since + 1));
  const from = dateOfDay(end - days + 1);
  const span = tallySpan(entries, from, today, new ActivityLookup(options.customActivities));
  return {
    from,
    to: today,
    days,
    entries: span.entries,
    pathEntries: span.moments.days,
    managementEntries: span.moments.mgmtDays,
    architectureEntries: span.moments.archDays,
  };
}

/** What a clear read still needs: more days of one kind, and the calendar days that takes at the user's pace. */
export interface ReadinessNeed {
  /** entries: days with anything marked; management / architecture: days with rated work of that kind; lean: days with either, for the band to clear zero if the lean holds. */
  kind: 'entries' | 'management' | 'architecture' | 'lean';
  more: number;
  /** Calendar days that many take at the pace; Infinity when the pace has none of them. */
  days: number;
}

/**
 * passed: the date is behind. clear: the read is clear already. in-time and
 * not-in-time: whether every need fits in the days left at the pace. no-pace:
 * some need has no days at all in the pace. even: the minimums are met but
 * the lean is too close to even to say how many days would settle it.
 */
export type ReadinessStatus = 'passed' | 'clear' | 'in-time' | 'not-in-time' | 'no-pace' | 'even';

/** What a clear read still needs at the user's pace, with no date in view: the brief's "what would change this picture". */
export interface Outlook {
  /** True when the read is clear already (a path is named). */
  clear: boolean;
  pace: Pace;
  /** Only what is still missing, minimums first. */
  needs: ReadinessNeed[];
  /** True when a lean need is among them: the estimate then assumes the lean holds where it is. */
  assumesLeanHolds: boolean;
  /**
   * True when the read is not clear and the lean is too close to even (or
   * too uncertain) to say how many days would clear it: the needs are then
   * only the least that is needed, not enough.
   */
  leanOpen: boolean;
  /** Calendar days until every need is met at the pace (the largest of them), or null when nothing is counted. */
  daysNeeded: number | null;
}

export interface Readiness extends Outlook {
  decisionDate: LocalDate;
  today: LocalDate;
  /** Calendar days from today to the decision date (0 on the day, negative after it). */
  daysLeft: number;
  status: ReadinessStatus;
  /** Days with path work the pace gives before the date. */
  expectedPathDays: number;
  /**
   * Half the width the band should have by the date at this pace, if the
   * days vary as they have: leans smaller than this will still read as "no
   * clear lean" then. Null without a band to scale.
   */
  halfWidthByThen: number | null;
  lean: number;
  band: Band;
}

const daysAt = (more: number, perDay: number) => (more <= 0 ? 0 : perDay > 0 ? Math.ceil(more / perDay) : Infinity);

/**
 * What a clear read still needs, from the analysis' own rules only: the
 * minimum days overall and of each kind of work, then the days the band
 * needs to clear zero if the lean holds (moreDaysForClearRead), each turned
 * into calendar days at the user's pace. `report` is the analysis of the
 * range that ends today.
 */
export function outlookOf(report: PathReport, pace: Pace): Outlook {
  const t = report.thresholds;
  const { evidence } = report;
  const needs: ReadinessNeed[] = [];
  const need = (kind: ReadinessNeed['kind'], more: number, count: number) => {
    if (more > 0) needs.push({ kind, more, days: daysAt(more, count / pace.days) });
  };
  need('entries', t.minEntries - evidence.entries, pace.entries);
  need('management', t.minSideEntries - evidence.management.entries, pace.managementEntries);
  need('architecture', t.minSideEntries - evidence.architecture.entries, pace.architectureEntries);
  const clear = report.status === 'management' || report.status === 'architecture';
  const leanMore = clear ? 0 : moreDaysForClearRead(report.lean, report.band, evidence.pathEntries);
  if (leanMore !== null) need('lean', leanMore, pace.pathEntries);
  return {
    clear,
    pace,
    needs,
    assumesLeanHolds: needs.some((item) => item.kind === 'lean'),
    leanOpen: !clear && leanMore === null,
    daysNeeded: needs.length > 0 ? Math.max(...needs.map((item) => item.days)) : null,
  };
}

/** Whether the evidence can be enough for a clear read by the decision date (see outlookOf). */
export function assessReadiness(report: PathReport, pace: Pace, decisionDate: LocalDate, today: LocalDate): Readiness {
  const figures = { lean: report.lean, band: report.band, pathEntries: report.evidence.pathEntries };
  return readinessFrom(outlookOf(report, pace), figures, decisionDate, today);
}

/** The figures of the report readiness needs beside its outlook: what the trends carry across threads. */
export interface ReadinessFigures {
  lean: number;
  band: Band;
  /** Days with rated path work in the report. */
  pathEntries: number;
}

/** assessReadiness from an outlook already made (the trends carry one) and the report's figures. */
export function readinessFrom(
  outlook: Outlook,
  figures: ReadinessFigures,
  decisionDate: LocalDate,
  today: LocalDate,
): Readiness {
  const { pace } = outlook;
  const daysLeft = dayNumber(decisionDate) - dayNumber(today);
  const expectedPathDays = Math.max(0, Math.floor((pace.pathEntries / pace.days) * Math.max(0, daysLeft)));
  const [low, high] = figures.band;
  const n = figures.pathEntries;
  const halfWidthByThen = n >= 2 && high - low < 2 ? ((high - low) / 2) * Math.sqrt(n / (n + expectedPathDays)) : null;
  const { clear, daysNeeded } = outlook;
  const status: ReadinessStatus =
    daysLeft < 0
      ? 'passed'
      : clear
        ? 'clear'
        : daysNeeded === Infinity
          ? 'no-pace'
          : daysNeeded === null
            ? 'even'
            : daysNeeded <= daysLeft
              ? 'in-time'
              : 'not-in-time';
  return {
    ...outlook,
    decisionDate,
    today,
    daysLeft,
    status,
    expectedPathDays,
    halfWidthByThen,
    lean: figures.lean,
    band: figures.band,
  };
}
