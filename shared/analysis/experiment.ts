import type { LocalDate } from '../dates';
import type { Entry, Path } from '../entry';
import { ActivityLookup } from './activityLookup';
import { dateOfDay, dayNumber } from './calendar';
import { estimateLean } from './lean';
import { resolveOptions, type AnalysisOptions } from './options';
import { differenceBand, normalQuantile, wilsonBand } from './stats';
import { leanChange } from './trend';
import type { Band, LeanFigure, TrendDirection } from './types';
import { tallySpan, type DaySpan } from './window';

/** A period the user sets aside to do more of one kind of work, and see how it goes. */
export interface ExperimentPlan {
  start: LocalDate;
  end: LocalDate;
  /** The kind of work they mean to do more of. */
  focus: Path;
}

/** What each focus means, in the words the rest of the app uses. */
export const FOCUS_WORDS: Readonly<Record<Path, string>> = {
  management: 'more people work',
  architecture: 'more system work',
};

/** One side of the comparison: the experiment's days, or the weeks before it. */
export interface ExperimentSpan extends LeanFigure {
  from: LocalDate;
  to: LocalDate;
  /** Days with anything the analysis reads. */
  entries: number;
  /** Days with rated path work, and with rated people and system work, as the lean counts them. */
  pathEntries: number;
  managementEntries: number;
  architectureEntries: number;
  /** Days the planned kind of work was logged at all, rated or not. */
  focusEntries: number;
  /** Days with a day kind, and how many were good, mixed and bad. */
  rated: number;
  good: number;
  mixed: number;
  bad: number;
  goodRate: number | null;
  goodBand: Band;
  dates: LocalDate[];
}

/** Where an experiment stands: not begun, under way, or over and compared. */
export type ExperimentPhase = 'planned' | 'running' | 'ended';

/**
 * What the comparison found. 'pending' until the experiment ends (looking
 * while it runs would be many looks at noise); 'too-thin' when either span
 * lacks the days to compare anything; 'changed' when the lean or the share of
 * good days moved beyond chance; otherwise 'no-change-detected', which is not
 * proof that nothing changed.
 */
export type ExperimentVerdict = 'pending' | 'too-thin' | 'changed' | 'no-change-detected';

export type GoodDaysDirection = 'too-early' | 'unclear' | 'more-good' | 'fewer-good';

export interface ExperimentComparison {
  plan: ExperimentPlan;
  phase: ExperimentPhase;
  verdict: ExperimentVerdict;
  /** The experiment's days up to the earlier of its end and now. */
  during: ExperimentSpan;
  /** The same number of weeks as the trend compares (or the experiment's length, if longer), just before it. */
  before: ExperimentSpan;
  /** The lean during minus the lean before, with its band: a direction only when the band excludes zero. */
  lean: { direction: TrendDirection; change: number; band: Band };
  /** The share of good days during minus before, with its band. */
  goodDays: { direction: GoodDaysDirection; change: number; band: Band };
}

/** Length in days of the span before the experiment it is compared with. */
export function baselineDays(plan: ExperimentPlan, trendWeeks: number): number {
  return Math.max(trendWeeks * 7, dayNumber(plan.end) - dayNumber(plan.start) + 1);
}

function spanFigure(span: DaySpan, focus: Path, lean: LeanFigure, z: number): ExperimentSpan {
  const rated = span.good + span.mixed + span.bad;
  return {
    from: span.from,
    to: span.to,
    lean: lean.lean,
    band: lean.band,
    entries: span.entries,
    pathEntries: span.moments.days,
    managementEntries: span.moments.mgmtDays,
    architectureEntries: span.moments.archDays,
    focusEntries: focus === 'management' ? span.managementLogged : span.architectureLogged,
    rated,
    good: span.good,
    mixed: span.mixed,
    bad: span.bad,
    goodRate: rated > 0 ? span.good / rated : null,
    goodBand: wilsonBand(span.good, rated, z),
    dates: span.dates,
  };
}

/**
 * Compares an experiment's days with the weeks before it, under the rules
 * of the rest of the analysis: the lean's change is judged like the trend
 * (per-side minimums in both spans, a band at `bandLevel`), and the share of
 * good days by Newcombe's interval at the same level, with at least
 * `minTrendEntries` rated days in each span. Nothing is compared until the
 * experiment has ended, so looking at it every day cannot turn noise into a
 * finding. `options.now` is today; entries may come in any order.
 */
export function compareExperiment(
  entries: readonly Entry[],
  plan: ExperimentPlan,
  options: AnalysisOptions & { now: LocalDate },
): ExperimentComparison {
  const { thresholds: t, customActivities } = resolveOptions(options);
  const lookup = new ActivityLookup(customActivities);
  const z = normalQuantile(0.5 + t.bandLevel / 2);
  const startDay = dayNumber(plan.start);
  const phase: ExperimentPhase = options.now < plan.start ? 'planned' : options.now <= plan.end ? 'running' : 'ended';
  const duringTo = phase === 'ended' ? plan.end : options.now;
  const during = tallySpan(entries, plan.start, duringTo, lookup);
  const before = tallySpan(
    entries,
    dateOfDay(startDay - baselineDays(plan, t.trendWeeks)),
    dateOfDay(startDay - 1),
    lookup,
  );
  const duringLean = { moments: during.moments, estimate: estimateLean(during.moments, t) };
  const beforeLean = { moments: before.moments, estimate: estimateLean(before.moments, t) };
  const duringFigure = spanFigure(during, plan.focus, duringLean.estimate, z);
  const beforeFigure = spanFigure(before, plan.focus, beforeLean.estimate, z);

  const leanDifference = duringLean.estimate.lean - beforeLean.estimate.lean;
  const goodDifference = (duringFigure.goodRate ?? 0) - (beforeFigure.goodRate ?? 0);
  if (phase !== 'ended') {
    return {
      plan,
      phase,
      verdict: 'pending',
      during: duringFigure,
      before: beforeFigure,
      lean: { direction: 'too-early', change: leanDifference, band: [-2, 2] },
      goodDays: { direction: 'too-early', change: goodDifference, band: [-1, 1] },
    };
  }

  const lean = { ...leanChange(duringLean, beforeLean, t), change: leanDifference };
  const enoughRated = Math.min(duringFigure.rated, beforeFigure.rated) >= t.minTrendEntries;
  const goodBand = enoughRated
    ? differenceBand(during.good, duringFigure.rated, before.good, beforeFigure.rated, z)
    : ([-1, 1] as const);
  const goodDirection: GoodDaysDirection = !enoughRated
    ? 'too-early'
    : goodBand[0] > 0
      ? 'more-good'
      : goodBand[1] < 0
        ? 'fewer-good'
        : 'unclear';
  const changed =
    lean.direction.startsWith('toward') || goodDirection === 'more-good' || goodDirection === 'fewer-good';
  const verdict: ExperimentVerdict = changed
    ? 'changed'
    : lean.direction === 'too-early' && goodDirection === 'too-early'
      ? 'too-thin'
      : 'no-change-detected';
  return {
    plan,
    phase,
    verdict,
    during: duringFigure,
    before: beforeFigure,
    lean,
    goodDays: { direction: goodDirection, change: goodDifference, band: goodBand },
  };
}
